// Runs the portal's chart scripts (wwwroot/js) in Node against stand-ins for the DOM and ECharts, and checks
// that a country, technology or criterion name reaches every tooltip as text: the tooltip is an element, the
// name is its text, no markup is ever set and no element is made from the name. Usage: node chart-tooltips.js <js dir>
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const assert = require('assert');

const scripts = process.argv[2];
const evil = 'Canada"><img src=x onerror=alert(1)>';

function run(names, containers, fetched) {
    const created = [];
    const markup = [];
    const options = [];
    function element(tag) {
        const children = [];
        let text = null;
        const el = {
            tagName: tag.toUpperCase(), children, style: {}, dataset: {},
            appendChild(child) { children.push(child); return child; },
            get textContent() { return text !== null ? text : children.map(c => c.textContent).join('\n'); },
            set textContent(value) { text = String(value); children.length = 0; },
            set innerHTML(value) { markup.push(String(value)); },
        };
        created.push(el);
        return el;
    }
    const context = {
        console,
        document: {
            getElementById: id => containers[id] || null,
                        createElement: tag => element(tag),
            createTextNode: value => ({ textContent: String(value) }),
        },
        echarts: { init: () => ({ setOption: o => options.push(o), on: () => {}, resize: () => {} }) },
        fetch: () => Promise.resolve({ ok: true, json: () => Promise.resolve(fetched) }),
        addEventListener: () => {},
    };
    context.window = context;
    vm.createContext(context);
    for (const name of ['chart-text.js', ...names]) {
        vm.runInContext(fs.readFileSync(path.join(scripts, name), 'utf8'), context, { filename: name });
    }
    return { created, markup, options, context };
}

/**
 * An interactive page's chart module (wwwroot/js, ES module): chart-loader.js's mount stands in as ECharts already
 * loaded; a module that fetches its data (the heat map) gets <fetched>.
 */
async function runModule(name, data, fetched) {
    const source = fs.readFileSync(path.join(scripts, name), 'utf8')
        .replace(/^import .*$/m, 'const mount = async (element, option) => { const chart = window.echarts.init(element); chart.setOption(option); return chart; }; const redraw = () => {}; const unmount = () => {};')
        .replace(/^export (const|async function|function) /gm, '$1 ')
        + '\nglobalThis.chartModule = { init, update, dispose };';
    const world = run([], {}, fetched);
    const context = world.context;
    vm.runInContext(source, context, { filename: name });
    await context.chartModule.init(container({}), data);
    return world;
}

function container(dataset) {
    return { dataset, style: {}, getAttribute: () => '400' };
}

function assertText(tooltip, world, expected, what) {
    assert.ok(tooltip && typeof tooltip === 'object' && tooltip.tagName, `${what}: the tooltip is an element, not markup (got ${JSON.stringify(tooltip)})`);
    for (const text of expected) {
        assert.ok(tooltip.textContent.includes(text), `${what}: the tooltip says "${text}" as text (got "${tooltip.textContent}")`);
    }
    assert.deepStrictEqual(world.markup, [], `${what}: no markup is set`);
    assert.ok(world.created.every(e => e.tagName === 'DIV'), `${what}: only the tooltip's own elements are made (made ${world.created.map(e => e.tagName)})`);
}

async function main() {
    const heatmapData = {
        countries: [{ code: 'CAN', name: evil }], technologies: [{ slug: 'batteries', name: `Batteries <b>${evil}` }],
        cells: [[0, 0, 51.7], [0, 0, null, 1]],
    };
    const heatmap = await runModule('heatmap.js', { source: '/x.json', pairBase: '/p/' }, heatmapData);
    assert.strictEqual(heatmap.options.length, 1, 'the heat map is drawn');
    const formatter = heatmap.options[0].tooltip.formatter;
    assertText(formatter({ dataIndex: 0, value: [0, 0, 51.7] }), heatmap, [evil, heatmapData.technologies[0].name, 'index 51.7'], 'heat map');
    assertText(formatter({ dataIndex: 1, value: [0, 0, '-'] }), heatmap, [evil, 'hidden until you have scored it'], 'heat map, hidden pair');

    const radarData = { criteria: [`Feasibility ${evil}`, 'Economic'], series: [{ name: `${evil} – Batteries`, values: [4.33, 1.67] }] };
    const radar = await runModule('radar-chart.js', radarData);
    assert.strictEqual(radar.options.length, 1, 'the radar is drawn');
    assertText(radar.options[0].tooltip.formatter({ name: radarData.series[0].name, value: [4.33, 1.67] }), radar,
        [radarData.series[0].name, `Feasibility ${evil}: 4.33`, 'Economic: 1.67'], 'radar');

    const series = await runModule('series-chart.js', { years: [2020, 2021], values: [1.5, 2.5] });
    assert.strictEqual(series.options.length, 1, 'the time series is drawn');
    assertText(series.options[0].tooltip.formatter([{ name: '2021', value: 2.5 }]), series, ['2021: 2.5'], 'time series');

    const ranges = await runModule('rank-ranges.js', [{ name: `${evil} – Batteries`, low: 2, high: 9, kept: 0.8 }]);
    assert.strictEqual(ranges.options.length, 1, 'the rank ranges are drawn');
    assertText(ranges.options[0].tooltip.formatter([{ dataIndex: 0 }]), ranges, [`${evil} – Batteries`, 'Rank 2–9', 'Kept in 80%'], 'rank ranges');
    console.log('chart tooltips: names are text in the heat map, radar, rank-range and time-series charts');
}

main().catch(error => {
    console.error(error.message);
    process.exit(1);
});
