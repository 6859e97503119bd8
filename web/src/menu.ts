import { h } from './dom.js';
import type { Example } from './examples.js';

/**
 * The Examples menu: a button that opens a list of menu items (WAI-ARIA menu button pattern).
 * ↑/↓ move between items, Enter picks one, Escape closes and returns focus to the button.
 */
export function examplesMenu(button: HTMLButtonElement, list: HTMLElement, examples: readonly Example[], pick: (example: Example) => void): void {
  const items: HTMLButtonElement[] = [];
  let group = '';
  for (const example of examples) {
    if (example.group !== group) {
      group = example.group;
      list.append(h('div', { class: 'menu-group', role: 'presentation' }, group));
    }
    const item = h('button', { type: 'button', role: 'menuitem', tabindex: -1, 'data-example': example.id }, example.title);
    item.addEventListener('click', () => {
      close(false);
      pick(example);
    });
    items.push(item);
    list.append(item);
  }

  const open = (): void => {
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items[0]?.focus();
  };
  const close = (refocus: boolean): void => {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };

  button.addEventListener('click', () => (list.hidden ? open() : close(false)));
  list.addEventListener('keydown', (event) => {
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number): void => items[(to + items.length) % items.length]!.focus();
    switch (event.key) {
      case 'ArrowDown': move(at + 1); break;
      case 'ArrowUp': move(at - 1); break;
      case 'Home': move(0); break;
      case 'End': move(items.length - 1); break;
      case 'Escape': close(true); break;
      case 'Tab': close(false); return;
      default: return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!list.hidden && !button.parentElement!.contains(event.target as Node)) close(false);
  });
}
