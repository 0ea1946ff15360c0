// Loads ECharts and the text-only tooltip helper once for interactive pages' chart modules, and keeps one chart per
// element. Both scripts are classic scripts served from 'self' (the CSP allows nothing else), added to the page only
// when a chart first needs them.
const scripts = new Map();
const charts = new WeakMap();

function load(src) {
    if (!scripts.has(src)) {
        scripts.set(src, new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = src;
            script.onload = resolve;
            script.onerror = () => reject(new Error(`Could not load ${src}`));
            document.head.appendChild(script);
        }));
    }
    return scripts.get(src);
}

export async function loadCharts() {
    if (!window.echarts) {
        await load('/lib/echarts/echarts.min.js');
    }
    if (!window.chartText) {
        await load('/js/chart-text.js');
    }
    return window.echarts;
}

/** Draws a chart in the element (resizing with the window), marks the element ready for tests and screenshots, and answers the chart (for its events). */
export async function mount(element, option) {
    const echarts = await loadCharts();
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    charts.set(element, { chart, resize });
    chart.setOption(option);
    element.dataset.ready = 'true';
    return chart;
}

export function redraw(element, option) {
    charts.get(element)?.chart.setOption(option, true);
}

export function unmount(element) {
    const entry = charts.get(element);
    if (entry) {
        window.removeEventListener('resize', entry.resize);
        entry.chart.dispose();
        charts.delete(element);
    }
}
