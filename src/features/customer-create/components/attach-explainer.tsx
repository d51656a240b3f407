import { Note } from './note';

/** What attaching wholesale services to an existing organisation does (product brief, "Attaching"). */
export function AttachExplainer() {
  return (
    <Note title="What attaching changes">
      <ul className="flex list-disc flex-col gap-1 pl-4">
        <li>
          <strong>The organisation’s administrator must approve</strong> when it has 100 or more users, a verified
          e-mail domain or a claimed domain. Until then the customer stays in provisioning. The template must allow
          admin-invite e-mails when attaching to existing organisations.
        </li>
        <li>
          The organisation <strong>keeps its name and its authentication settings</strong> (they win over the
          template’s); no company name or administrator is sent, and nobody is made an administrator.
        </li>
        <li>
          <strong>Restricted by partner will be off</strong> for this customer: its own administrators keep full
          control. You can turn it on later in the customer’s settings.
        </li>
        <li>
          Your advanced branding replaces the organisation’s basic branding. Trial organisations cannot be attached.
        </li>
        <li>Later provisioning changes for this customer go through the API, not this wizard.</li>
      </ul>
    </Note>
  );
}
