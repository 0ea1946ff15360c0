// Radar of mean scores (1–5) per criterion for one or several pairs, from the container's data-radar JSON.
(function () {
    const container = document.getElementById('radar');
    if (!container || !window.echarts) {
        return;
    }
    const data = JSON.parse(container.dataset.radar);
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
        animation: false,
        color: ['#1f4e79', '#e08214', '#4daf4a', '#984ea3'],
        legend: { bottom: 0 },
        tooltip: {},
        radar: { indicator: data.criteria.map(name => ({ name, min: 0, max: 5 })), radius: '65%', axisName: { color: '#333' } },
        series: [{ type: 'radar', data: data.series.map(s => ({ name: s.name, value: s.values })), areaStyle: { opacity: 0.15 } }],
    });
    window.addEventListener('resize', () => chart.resize());
    container.dataset.ready = 'true';
})();
