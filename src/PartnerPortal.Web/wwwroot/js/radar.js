// Radar of mean scores (1–5) per criterion for one or several pairs, from the container's data-radar JSON.
// Names reach the tooltip only as text (chart-text.js); legend and axes draw them on the canvas.
(function () {
    const container = document.getElementById('radar');
    if (!container || !window.echarts || !window.chartText) {
        return;
    }
    const data = JSON.parse(container.dataset.radar);
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
        animation: false,
        color: ['#1f4e79', '#e08214', '#4daf4a', '#984ea3'],
        legend: { bottom: 0 },
        tooltip: {
            formatter: p => window.chartText.tooltip([p.name, ...data.criteria.map((criterion, i) => `${criterion}: ${p.value[i]}`)]),
        },
        radar: { indicator: data.criteria.map(name => ({ name, min: 0, max: 5 })), radius: '65%', axisName: { color: '#333' } },
        series: [{ type: 'radar', data: data.series.map(s => ({ name: s.name, value: s.values })), areaStyle: { opacity: 0.15 } }],
    });
    window.addEventListener('resize', () => chart.resize());
    container.dataset.ready = 'true';
})();
