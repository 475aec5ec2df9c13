// What to do next when a view has nothing to show.
import type { ReactNode } from 'react';

export function EmptyState({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      <p>{body}</p>
      {children ? <div className="empty-state-actions">{children}</div> : null}
    </div>
  );
}
