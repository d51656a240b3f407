import { Link } from '@tanstack/react-router';
import { SearchX } from 'lucide-react';
import { buttonClasses } from '@/shared/ui/button';

/** Unknown URL, or an org that is not yours (the API says "not found" for both, so do we). */
export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'organisation' }) {
  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center px-6 text-center">
      <SearchX aria-hidden="true" className="mb-4 size-10 text-fg-muted" />
      <h1 className="text-2xl font-semibold text-fg">
        {what === 'page' ? 'Page not found' : 'Organisation not found'}
      </h1>
      <p className="mt-2 max-w-md text-fg-muted">
        {what === 'page'
          ? 'The address may be mistyped, or the page has moved.'
          : 'It is not your organisation or one of your sub-partners, or it no longer exists.'}
      </p>
      <Link to="/" className={buttonClasses('primary', 'md', 'mt-6')}>
        Go to your overview
      </Link>
    </div>
  );
}
