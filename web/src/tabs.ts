/** Tabs (WAI-ARIA tabs pattern): ←/→ move between tabs, each tab shows its panel. */
export function tabs(tabList: HTMLElement, onSelect: (panelId: string) => void): (panelId: string) => void {
  const all = [...tabList.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean): void => {
    for (const other of all) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')!)!.hidden = !selected;
    }
    if (focus) tab.focus();
    onSelect(tab.getAttribute('aria-controls')!);
  };
  for (const tab of all) tab.addEventListener('click', () => select(tab, false));
  tabList.addEventListener('keydown', (event) => {
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    event.stopPropagation(); // not a step: the page's ←/→ belong to the stepper
    select(all[(at + (event.key === 'ArrowRight' ? 1 : -1) + all.length) % all.length]!, true);
  });
  return (panelId) => {
    const tab = all.find((t) => t.getAttribute('aria-controls') === panelId);
    if (tab) select(tab, false);
  };
}
