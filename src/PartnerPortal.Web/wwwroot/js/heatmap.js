// Draws the heat map of a round's pairs (ECharts) from its JSON; a click opens the pair's explanation.
// Names reach the tooltip only as text (chart-text.js); the axes draw them on the canvas.
(function () {
    const container = document.getElementById('heatmap');
    if (!container || !window.echarts || !window.chartText) {
        return;
    }
    container.style.height = container.getAttribute('style-height') + 'px';
    fetch(container.dataset.source, { credentials: 'same-origin' })
        .then(response => response.json())
        .then(data => {
            const chart = echarts.init(container, null, { renderer: 'canvas' });
            chart.setOption({
                animation: false,
                grid: { left: 160, right: 24, top: 48, bottom: 170 },
                tooltip: {
                    formatter: p => {
                        const cell = data.cells[p.dataIndex];
                        const state = cell[3] === 1 ? 'hidden until you have scored it'
                            : cell[2] === null ? 'not fully scored yet' : `index ${cell[2]}`;
                        return window.chartText.tooltip([`${data.countries[cell[1]].name} – ${data.technologies[cell[0]].name}`, state]);
                    },
                },
                xAxis: { type: 'category', data: data.technologies.map(t => t.name), axisLabel: { rotate: 60, interval: 0, fontSize: 10 }, splitArea: { show: true } },
                yAxis: { type: 'category', data: data.countries.map(c => c.name), inverse: true, axisLabel: { interval: 0, fontSize: 11 }, splitArea: { show: true } },
                visualMap: {
                    min: 0, max: 100, calculable: true, orient: 'horizontal', right: 24, top: 0, text: ['100', 'index 0'],
                    inRange: { color: ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] },
                },
                series: [{
                    type: 'heatmap',
                    data: data.cells.map(cell => [cell[0], cell[1], cell[2] === null ? '-' : cell[2]]),
                    label: { show: data.cells.length <= 1000, fontSize: 9, formatter: p => (p.value[2] === '-' ? '' : String(Math.round(p.value[2]))) },
                    emphasis: { itemStyle: { borderColor: '#ffbf47', borderWidth: 2 } },
                }],
            });
            chart.on('click', p => {
                window.location.href = container.dataset.pairBase + data.countries[p.value[1]].code + '/' + data.technologies[p.value[0]].slug;
            });
            window.addEventListener('resize', () => chart.resize());
            container.dataset.ready = 'true';
        });
})();
