// Tooltips for the portal's charts, built as DOM nodes whose lines are set with textContent: a country,
// technology or criterion name is text, never markup (ECharts sets a formatter's string as innerHTML, so a
// name like `Canada"><img src=x onerror=…>` would otherwise become an element).
window.chartText = {
    tooltip: function (lines) {
        const box = document.createElement('div');
        lines.forEach(line => {
            const row = document.createElement('div');
            row.textContent = String(line);
            box.appendChild(row);
        });
        return box;
    },
};
