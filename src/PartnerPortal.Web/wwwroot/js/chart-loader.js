// Loads ECharts and the text-only tooltip helper once for interactive pages' chart modules. Both are classic
// scripts served from 'self' (the CSP allows nothing else), added to the page only when a chart first needs them.
const scripts = new Map();

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
