// One small line chart per indicator on a country's profile, from each container's data-series JSON. The
// data holds years and values only (names are in the page's own markup); the tooltip is text all the same.
(function () {
    if (!window.echarts || !window.chartText) {
        return;
    }
    document.querySelectorAll('.series-chart').forEach(container => {
        const data = JSON.parse(container.dataset.series);
        const chart = echarts.init(container, null, { renderer: 'canvas' });
        chart.setOption({
            animation: false,
            color: ['#1f4e79'],
            grid: { left: 64, right: 16, top: 12, bottom: 28 },
            tooltip: { trigger: 'axis', formatter: p => window.chartText.tooltip([`${p[0].name}: ${p[0].value}`]) },
            xAxis: { type: 'category', data: data.years, axisLabel: { fontSize: 10 } },
            yAxis: { type: 'value', scale: true, axisLabel: { fontSize: 10 } },
            series: [{ type: 'line', data: data.values, showSymbol: data.values.length < 30 }],
        });
        window.addEventListener('resize', () => chart.resize());
        container.dataset.ready = 'true';
    });
})();
