// A grid whose body scrolls inside its own box (a fixed header over thousands of rows) must be reachable by keyboard
// and named for screen readers (WCAG 2.1.1): MudDataGrid's scrolling container takes no attributes, so they are set here.
export function label(root, name) {
    const container = root?.querySelector('.mud-table-container');
    if (container) {
        container.tabIndex = 0;
        container.setAttribute('role', 'region');
        container.setAttribute('aria-label', name);
    }
}
