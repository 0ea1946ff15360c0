// Arrow keys move between the cells of a scoring matrix, so a keyboard user need not tab through every cell.
document.addEventListener('keydown', event => {
    const link = event.target.closest && event.target.closest('.scoring-matrix td a');
    if (!link) {
        return;
    }
    const cell = link.parentElement;
    const row = cell.parentElement;
    const column = Array.prototype.indexOf.call(row.children, cell);
    const targets = {
        ArrowRight: cell.nextElementSibling,
        ArrowLeft: cell.previousElementSibling,
        ArrowDown: row.nextElementSibling && row.nextElementSibling.children[column],
        ArrowUp: row.previousElementSibling && row.previousElementSibling.children[column],
    };
    const next = targets[event.key] && targets[event.key].querySelector('a');
    if (next) {
        next.focus();
        event.preventDefault();
    }
});
