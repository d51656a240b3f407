import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ListReport } from '@contract/wholesale';
import { createBillingReport, deleteBillingReport, fetchBillingReports } from '@/shared/api/billing-reports';
import { queryKeys } from '@/shared/api/query-keys';
import { useOrgApi } from '@/shared/api/org-api';
import { useActingOrg } from '@/shared/session/acting-org';
import { usePermissions } from '@/shared/session/use-permissions';
import { buttonClasses } from '@/shared/ui/button';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Skeleton } from '@/shared/ui/skeleton';
import { toast } from '@/shared/ui/toast-store';
import { useWizard } from '@/shared/wizard/use-wizard';
import { Wizard } from '@/shared/wizard/wizard';
import { useQueryClient } from '@tanstack/react-query';
import {
  blockingReport,
  createReportResolvingConflict,
  type ConflictChoice,
  type CreateOutcome,
} from '../api/create-report';
import { useServerToday } from '../api/server-today';
import { defaultReportForm, reportSteps, toCreateRequest, type ReportForm } from '../lib/report-form';
import { ConflictDialog } from './conflict-dialog';
import { Note, PeriodStep, ReportReview, ReportStep, ScopeStep } from './report-steps';

export function ReportCreatePage() {
  const today = useServerToday();
  return (
    <>
      <PageHeader
        title="New billing report"
        description="Reports are generated in the background; the list shows their progress."
      />
      {today.isPending ? (
        <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]" aria-busy="true" aria-label="Loading">
          <Skeleton className="h-40" />
          <Skeleton className="h-72" />
        </div>
      ) : today.isError ? (
        <ErrorState error={today.error} title="Could not read the billing clock" onRetry={() => void today.refetch()} />
      ) : (
        <CreateWizard today={today.data} />
      )}
    </>
  );
}

function CreateWizard({ today }: { today: string }) {
  const org = useActingOrg();
  const api = useOrgApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { can } = usePermissions();
  const isParent = org.kind === 'partner' && !org.subPartnerOrgId && can('view', 'indirect-providers');
  const steps = useMemo(() => reportSteps(today), [today]);
  const defaults = useMemo(() => defaultReportForm(today), [today]);

  const [conflict, setConflict] = useState<ListReport | null>(null);
  const answer = useRef<((choice: ConflictChoice) => void) | null>(null);
  const choose = (choice: ConflictChoice) => {
    setConflict(null);
    answer.current?.(choice);
    answer.current = null;
  };

  const wizard = useWizard<ReportForm, CreateOutcome>({
    id: 'billing-report-create',
    draftVersion: 1,
    steps,
    defaultValues: defaults,
    reviewDescription: 'Check the report, then create it. It is generated in the background.',
    onSubmit: (values) =>
      createReportResolvingConflict(toCreateRequest(values, today), {
        create: (body) => createBillingReport(api, body),
        findExisting: async (body) => {
          const page = await fetchBillingReports(api, {
            billingStartDate: body.billingStartDate,
            billingEndDate: body.billingEndDate,
            type: body.type,
            subPartnerOrgId: body.subPartnerOrgId,
          });
          return blockingReport(page.items, body);
        },
        remove: (id) => deleteBillingReport(api, id),
        ask: (existing) =>
          new Promise<ConflictChoice>((resolve) => {
            answer.current = resolve;
            setConflict(existing);
          }),
      }),
    onSubmitted: (outcome) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.billingReports.lists(api) });
      if (outcome.kind === 'open' && outcome.report.status === 'COMPLETED') {
        void navigate({
          to: '/o/$orgId/billing/view/$reportId',
          params: { orgId: org.id, reportId: outcome.report.id },
        });
        return;
      }
      if (outcome.kind === 'created') {
        toast({
          tone: 'success',
          title: 'Report requested',
          description: 'It is being generated; the list updates by itself when it is ready.',
        });
      }
      void navigate({
        to: '/o/$orgId/billing',
        params: { orgId: org.id },
        search:
          outcome.kind === 'open'
            ? { billingStartDate: outcome.report.billingStartDate, billingEndDate: outcome.report.billingEndDate }
            : {},
      });
    },
  });

  return (
    <>
      <Wizard
        wizard={wizard}
        label="Report steps"
        submitLabel="Create report"
        secondaryActions={
          <Link to="/o/$orgId/billing" params={{ orgId: org.id }} className={buttonClasses('subtle')}>
            Cancel
          </Link>
        }
        notice={
          org.crossLaunchedFrom ? (
            <Note>This report is {org.name}’s: it covers only that sub-partner’s customers.</Note>
          ) : null
        }
      >
        {(stepId) =>
          stepId === 'report' ? (
            <ReportStep />
          ) : stepId === 'period' ? (
            <PeriodStep today={today} />
          ) : stepId === 'scope' ? (
            <ScopeStep isParent={isParent} />
          ) : (
            <ReportReview wizard={wizard} today={today} />
          )
        }
      </Wizard>
      <ConflictDialog existing={conflict} onChoose={choose} />
    </>
  );
}
