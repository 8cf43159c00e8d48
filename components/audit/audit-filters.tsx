import Form from "next/form";
import Link from "next/link";
import { SYSTEM_USER_FILTER, type AuditFilterValues } from "@/lib/audit/audit-query.ts";

export interface AuditFilterOptions {
  actions: string[];
  entityTypes: string[];
  users: { id: string; name: string; email: string }[];
}

/** A GET form: the filters go into the URL, so a filtered view can be shared and reloaded. */
export function AuditFilters({ values, options }: { values: AuditFilterValues; options: AuditFilterOptions }) {
  return (
    <Form action="/audit" className="filter-bar" data-testid="audit-filters">
      <label>
        User
        <select name="userId" defaultValue={values.userId}>
          <option value="">Anyone</option>
          <option value={SYSTEM_USER_FILTER}>System (seed, command line)</option>
          {options.users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </option>
          ))}
        </select>
      </label>
      <label>
        Action
        <select name="action" defaultValue={values.action}>
          <option value="">Any</option>
          {withCurrent(options.actions, values.action).map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </label>
      <label>
        Entity type
        <select name="entityType" defaultValue={values.entityType}>
          <option value="">Any</option>
          {withCurrent(options.entityTypes, values.entityType).map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <label>
        Entity id
        <input name="entityId" type="text" defaultValue={values.entityId} maxLength={128} />
      </label>
      <label>
        From (UTC)
        <input name="from" type="date" defaultValue={values.from} />
      </label>
      <label>
        To (UTC, included)
        <input name="to" type="date" defaultValue={values.to} />
      </label>
      <div className="filter-actions">
        <button type="submit">Filter</button>
        <Link href="/audit">Clear filters</Link>
      </div>
    </Form>
  );
}

/** A value from the URL that no entry uses (yet) stays selectable, so the form shows it. */
function withCurrent(list: string[], current: string): string[] {
  return current && !list.includes(current) ? [...list, current] : list;
}
