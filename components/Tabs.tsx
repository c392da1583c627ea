/**
 * ARIA tabs: a tablist whose tabs move with the arrow keys (Home/End to the ends), one tab
 * in the Tab order at a time, each panel labelled by its tab.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<Id extends string> {
  id: Id;
  label: ComponentChildren;
  /** Extra attributes for the tab button (test ids). */
  testId?: string;
}

export function Tabs<Id extends string>(props: {
  label: string;
  tabs: TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  children: ComponentChildren;
}) {
  const list = useRef<HTMLDivElement>(null);
  const { tabs, selected, onSelect } = props;
  const move = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % tabs.length
      : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? tabs.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next].id);
    // Focus follows selection (the tab is rendered already; only its attributes change).
    list.current?.querySelectorAll<HTMLElement>('[role=tab]')[next]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={props.label} ref={list} onKeyDown={move}>
        {tabs.map((tab) => (
          <button type="button" role="tab" id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`} aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1} data-testid={tab.testId} onClick={() => onSelect(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} tabIndex={0} class="tabpanel">
        {props.children}
      </div>
    </>
  );
}
