// The scoring matrix's keyboard grid (Features/Workspace/ScoringMatrixGrid.razor). The circuit decides which cell is
// active; the browser only has to move focus there, keep its own default actions out of the way, and scroll a row
// the virtualised list has not rendered yet into view.

// Keys the grid answers itself: without this the container would also scroll, and Enter would also follow the link.
const gridKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Enter']);

export function init(grid) {
    grid.addEventListener('keydown', event => {
        // Ctrl/Shift/Cmd+Enter keep the link's own meaning: open the pair in a new tab or window.
        const opensElsewhere = event.key === 'Enter' && (event.ctrlKey || event.shiftKey || event.metaKey);
        if (gridKeys.has(event.key) && !event.altKey && !opensElsewhere) {
            event.preventDefault();
        }
    });
}

export function focus(element) {
    element.focus({ preventScroll: true });
    // "nearest", so a move within what is visible does not scroll; the container's scroll-padding keeps the cell
    // clear of the sticky header row and country column.
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

// Scrolls row `index` (0-based, under the header) just into view, so the list renders it. Just: a shorter scroll keeps
// more of the rows already rendered (the focused one among them) than centring the row would.
export function revealRow(scroller, index, rowHeight) {
    const header = scroller.querySelector('[data-matrix-head]');
    const headerHeight = header ? header.offsetHeight : 0;
    const top = headerHeight + index * rowHeight;
    if (top < scroller.scrollTop + headerHeight) {
        scroller.scrollTop = top - headerHeight;
    } else if (top + rowHeight > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = top + rowHeight - scroller.clientHeight;
    }
}

// A new filter shows other rows and columns: start again at the top left.
export function scrollToStart(scroller) {
    scroller.scrollTop = 0;
    scroller.scrollLeft = 0;
}
