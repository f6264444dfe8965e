/** Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, one panel shown. */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface Tab {
  id: string;
  label: string;
  panel: () => ComponentChildren;
}

export default function Tabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const onKey = (e: KeyboardEvent, i: number) => {
    const to = e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    setActive(tabs[to]!.id);
    document.getElementById(`tab-${tabs[to]!.id}`)?.focus();
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label}>
        {tabs.map((t, i) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={t.id === current?.id} aria-controls={`panel-${t.id}`}
            tabIndex={t.id === current?.id ? 0 : -1} onClick={() => setActive(t.id)} onKeyDown={(e) => onKey(e, i)}>
            {t.label}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0}>
          {current.panel()}
        </div>
      )}
    </div>
  );
}
