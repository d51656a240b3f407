import { useSyncExternalStore } from 'react';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  title: string;
  description?: string;
  tone: ToastTone;
}

/**
 * Notices that belong to no field: "Customer deleted", "Report requested". Field errors
 * go next to their field, never here.
 */
const listeners = new Set<() => void>();
let toasts: readonly Toast[] = [];
let nextId = 1;

function emit() {
  for (const listener of listeners) listener();
}

export function toast(input: { title: string; description?: string; tone?: ToastTone }): number {
  const id = nextId++;
  toasts = [...toasts, { id, tone: input.tone ?? 'info', title: input.title, description: input.description }].slice(
    -4,
  );
  emit();
  return id;
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
    () => toasts,
  );
}
