/*
 * The search box: marks the states whose name contains the query, Enter (Shift+Enter) jumps to the
 * next (previous) match and focuses it, Escape clears. Works on the rendered nodes' data-name.
 */

export class Search {
  private matches: SVGGElement[] = [];
  private index = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly count: HTMLElement,
    private readonly root: () => Element | undefined,
    private readonly jump: (node: SVGGElement) => void,
  ) {
    input.addEventListener('input', () => this.refresh());
    input.addEventListener('keydown', (e) => this.onKey(e));
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  /** Re-marks the matches (after a redraw or a new query). */
  refresh(): void {
    const query = this.input.value.trim().toLowerCase();
    for (const node of this.root()?.querySelectorAll('.node.match') ?? []) node.classList.remove('match');
    this.matches = query === '' ? [] : this.find(query);
    for (const node of this.matches) node.classList.add('match');
    this.index = -1;
    this.count.textContent = query === '' ? '' : `${this.matches.length} found`;
  }

  private find(query: string): SVGGElement[] {
    const nodes = this.root()?.querySelectorAll<SVGGElement>('.node.state') ?? [];
    return Array.from(nodes).filter((n) => (n.dataset.name ?? '').toLowerCase().includes(query));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      this.input.value = '';
      this.refresh();
      this.input.blur();
    } else if (e.key === 'Enter' && this.matches.length > 0) {
      e.preventDefault();
      const step = e.shiftKey ? -1 : 1;
      this.index = (this.index + step + this.matches.length) % this.matches.length;
      this.count.textContent = `${this.index + 1} of ${this.matches.length}`;
      this.jump(this.matches[this.index]);
    }
  }
}
