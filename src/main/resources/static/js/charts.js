/*
 * Draws Apache ECharts charts from a JSON spec written by the server into a data attribute:
 *
 *   <div data-chart='{"type":"bar","categories":[...],"series":[...]}'></div>
 *
 * Supported types: "bar", "line", "donut", "heatmap" and "timeline" (see the option builders below for the fields each
 * reads).
 * Charts are drawn on DOMContentLoaded and again after every htmx swap. Once a chart has rendered,
 * its element gets data-chart-ready="true"; if it cannot be drawn it gets data-chart-error instead. A chart with
 * nothing to show (no figure but reference lines such as targets) says "暂无数据" instead of drawing empty axes,
 * and gets data-chart-empty="true".
 *
 * The site's Content-Security-Policy forbids inline styles in markup, so tooltips use ECharts'
 * "richText" mode (drawn inside the SVG) rather than HTML with style attributes.
 */
(function () {
    'use strict';

    /** Okabe-Ito palette, distinguishable with the common forms of colour blindness. */
    var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

    var DEFAULT_HEIGHT = 320;
    var DONUT_NARROW_BELOW = 480; // px of chart width
    var HEATMAP_ROW_HEIGHT = 28;
    var HEATMAP_LEGEND_ITEM_HEIGHT = 20; // a narrow heatmap lists its statuses one under another
    var HEATMAP_NARROW_BELOW = 600; // px of chart width
    var AXIS_FONT_SIZE = 12; // ECharts' default for axis labels
    var HEATMAP_ROTATE_ABOVE_COLUMNS = 6;
    var HORIZONTAL_BAR_ROW_HEIGHT = 28;
    // The server sends short labels (and the full names for the tooltips); these only guard against a long one
    var HEATMAP_COLUMN_LABEL_CHARS = 15;
    var HEATMAP_ROW_LABEL_CHARS = 15;

    /**
     * Heatmap cells show one of these shapes per status, and the legend repeats it next to the
     * status name, so statuses can be told apart without relying on colour.
     */
    var STATUS_GLYPHS = ['●', '▲', '■', '◆', '▼', '★', '✚', '✖'];

    /** Words of the description that screen readers announce for each chart. */
    var TEXT = {
        en: {chart: 'Chart', noData: 'no data', empty: 'No data yet', colon: ': ', sep: ', ', groupSep: '; ', end: '.'},
        zh: {chart: '图表', noData: '无数据', empty: '暂无数据', colon: '：', sep: '，', groupSep: '；', end: '。'}
    };

    /** Every chart drawn on the page, so that they can be resized together. */
    var charts = [];

    // ---------------------------------------------------------------- helpers

    function isEnglish() {
        return (document.documentElement.lang || '').toLowerCase().indexOf('en') === 0;
    }

    function isNumber(value) {
        return typeof value === 'number' && isFinite(value);
    }

    var numberFormat = null;

    /** Formats a number for the page language, with at most two decimals; gaps become a dash. */
    function formatNumber(value) {
        if (!isNumber(value)) {
            return '–';
        }
        if (!numberFormat) {
            numberFormat = new Intl.NumberFormat(isEnglish() ? 'en' : 'zh-CN', {maximumFractionDigits: 2});
        }
        return numberFormat.format(value);
    }

    /** Appends the unit: directly after symbols and CJK ("12%", "3万元"), after a space for words ("3 beds"). */
    function withUnit(value, unit) {
        var text = formatNumber(value);
        if (!unit || !isNumber(value)) {
            return text;
        }
        return /^[A-Za-z]/.test(unit) ? text + ' ' + unit : text + unit;
    }

    /** Shortens a label to at most max characters, marking the cut with an ellipsis. */
    function truncate(text, max) {
        text = String(text == null ? '' : text);
        return text.length > max ? text.slice(0, max - 1) + '…' : text;
    }

    /** The value at index, or undefined when the array is missing or too short. */
    function at(array, index) {
        return Array.isArray(array) ? array[index] : undefined;
    }

    /** Navigates to a link the server gave, but only within this site. */
    function navigate(url) {
        if (typeof url !== 'string' || url === '') {
            return;
        }
        var target;
        try {
            target = new URL(url, window.location.href);
        } catch (e) {
            return;
        }
        if (target.origin === window.location.origin) {
            window.location.assign(target.href);
        }
    }

    function prefersReducedMotion() {
        return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    }

    // ---------------------------------------------------------------- bar and line charts

    /** The value axis: optional bounds, the unit after every label. */
    function valueAxis(spec) {
        var axis = {
            type: 'value',
            axisLabel: {
                formatter: function (value) {
                    return withUnit(value, spec.unit);
                }
            }
        };
        if (isNumber(spec.min)) {
            axis.min = spec.min;
        }
        if (isNumber(spec.max)) {
            axis.max = spec.max;
        }
        if (spec.integer) {
            // Counts: no tick between whole numbers
            axis.minInterval = 1;
        }
        return axis;
    }

    /** The category axis; its labels can be clicked when the categories have links. */
    function categoryAxis(spec, horizontal) {
        return {
            type: 'category',
            data: spec.categories || [],
            // Horizontal bars read top to bottom in the order the server gave
            inverse: horizontal,
            triggerEvent: Array.isArray(spec.links),
            axisTick: {alignWithLabel: true},
            axisLabel: {hideOverlap: true}
        };
    }

    /** One bar or line series; null values are gaps. */
    function cartesianSeries(spec, series) {
        var kind = series.kind === 'bar' || series.kind === 'line' ? series.kind : spec.type;
        var result = {
            type: kind,
            name: series.name,
            data: (series.data || []).map(function (value) {
                return isNumber(value) ? value : null;
            }),
            cursor: Array.isArray(spec.links) ? 'pointer' : 'default',
            // Later series are drawn on top of earlier ones: lines over bars
            z: kind === 'line' ? 3 : 2
        };
        if (series.color) {
            result.itemStyle = {color: series.color};
        }
        if (kind === 'bar') {
            if (spec.stacked) {
                result.stack = 'total';
            }
            result.barMaxWidth = 48;
        } else {
            result.connectNulls = false;
            result.symbol = 'circle';
            result.symbolSize = 6;
            result.lineStyle = {width: 2, type: series.dashed ? 'dashed' : 'solid'};
            if (series.color) {
                result.lineStyle.color = series.color;
            }
            if (series.step) {
                // Each category's level spans its own slot, changing half-way to the next
                result.step = 'middle';
            }
        }
        return result;
    }

    function cartesianOption(spec) {
        var horizontal = spec.type === 'bar' && !!spec.horizontal;
        var series = (spec.series || []).map(function (s) {
            return cartesianSeries(spec, s);
        });
        var hasLegend = series.length > 1;
        return {
            legend: {show: hasLegend, type: 'scroll', top: 0},
            grid: {
                left: 8,
                right: 24,
                top: hasLegend ? 40 : 16,
                bottom: 8,
                // Axis labels inside the box (replaces the deprecated containLabel in ECharts 6)
                outerBoundsMode: 'same',
                outerBoundsContain: 'axisLabel'
            },
            tooltip: {
                trigger: 'axis',
                axisPointer: {type: horizontal ? 'shadow' : 'line'},
                valueFormatter: function (value) {
                    return withUnit(value, spec.unit);
                }
            },
            xAxis: horizontal ? valueAxis(spec) : categoryAxis(spec, false),
            yAxis: horizontal ? categoryAxis(spec, true) : valueAxis(spec),
            series: series
        };
    }

    // ---------------------------------------------------------------- donut charts

    /**
     * A donut from the first series: one slice per category, gaps left out. Labels sit at the chart's edges, wrapped
     * onto two lines, so that none is cut; in a narrow chart (a phone) the ring is smaller to leave them room.
     */
    function donutOption(spec, el) {
        var narrow = !!el && el.clientWidth > 0 && el.clientWidth < DONUT_NARROW_BELOW;
        var first = (spec.series || [])[0] || {};
        var categories = spec.categories || [];
        var slices = [];
        categories.forEach(function (name, i) {
            var value = at(first.data, i);
            if (!isNumber(value)) {
                return;
            }
            var slice = {name: name, value: value};
            var color = at(first.colors, i);
            if (color) {
                slice.itemStyle = {color: color};
            }
            slices.push(slice);
        });
        return {
            legend: {type: 'scroll', bottom: 0},
            tooltip: {
                trigger: 'item',
                formatter: function (p) {
                    var text = p.marker + p.name + ': ' + withUnit(p.value, spec.unit);
                    // A share of percentages means little; a share of counts helps
                    if (spec.unit !== '%') {
                        text += ' (' + formatNumber(p.percent) + '%)';
                    }
                    return (p.seriesName ? p.seriesName + '\n' : '') + text;
                }
            },
            series: [{
                type: 'pie',
                name: first.name,
                radius: narrow ? ['32%', '52%'] : ['40%', '62%'],
                center: ['50%', '45%'],
                avoidLabelOverlap: true,
                minShowLabelAngle: 3,
                label: {formatter: '{b}\n{d}%', alignTo: 'edge', edgeDistance: 4, overflow: 'break', lineHeight: 16},
                labelLine: {length: 8, length2: 8},
                cursor: Array.isArray(spec.links) ? 'pointer' : 'default',
                data: slices
            }]
        };
    }

    // ---------------------------------------------------------------- heatmaps

    function statusGlyph(statusIndex) {
        return STATUS_GLYPHS[statusIndex % STATUS_GLYPHS.length];
    }

    /** The full name of a heatmap column or row: from columnNames / rowNames when the spec has them. */
    function fullName(names, labels, index) {
        var name = at(names, index);
        return name == null ? at(labels, index) : name;
    }

    /** Whether a chart is narrower than a laptop's half screen (a phone). */
    function isNarrow(el, below) {
        return !!el && el.clientWidth > 0 && el.clientWidth < below;
    }

    /** Roughly how wide a label is drawn: a Chinese character as wide as the font is high, a Latin letter about half. */
    function labelWidth(text) {
        return Array.from(String(text == null ? '' : text)).reduce(function (width, c) {
            return width + (c.charCodeAt(0) > 0x2E80 ? AXIS_FONT_SIZE : AXIS_FONT_SIZE * 0.6);
        }, 0);
    }

    /**
     * How far a heatmap's column labels are turned: 45° when there are many columns; upright (90°) in a narrow chart
     * with more than two, where slanted labels would run into each other.
     */
    function heatmapColumnRotation(spec, narrow) {
        var columns = (spec.columns || []).length;
        if (narrow) {
            return columns > 2 ? 90 : 0;
        }
        return columns > HEATMAP_ROTATE_ABOVE_COLUMNS ? 45 : 0;
    }

    /** How tall a heatmap's column labels stand, turned as heatmapColumnRotation says. */
    function heatmapColumnLabelsHeight(spec, narrow) {
        var angle = heatmapColumnRotation(spec, narrow) * Math.PI / 180;
        var widest = (spec.columns || []).reduce(function (most, column) {
            return Math.max(most, labelWidth(truncate(column, HEATMAP_COLUMN_LABEL_CHARS)));
        }, 0);
        return Math.ceil(widest * Math.sin(angle) + AXIS_FONT_SIZE * Math.cos(angle) + AXIS_FONT_SIZE) + 8;
    }

    /** The height of the legend above a heatmap: one line, or one line per status in a narrow chart. */
    function heatmapLegendHeight(spec, narrow) {
        return narrow ? (spec.statuses || []).length * HEATMAP_LEGEND_ITEM_HEIGHT + 8 : 40;
    }

    /**
     * Status of every (column, row) cell, one colour per status, with a piecewise legend (one status a line in a
     * narrow chart, where a row of them would be cut at the sides).
     */
    function heatmapOption(spec, el) {
        var columns = spec.columns || [];
        var rows = spec.rows || [];
        var statuses = spec.statuses || [];
        var narrow = isNarrow(el, HEATMAP_NARROW_BELOW);
        var cells = (spec.cells || []).filter(function (cell) {
            return Array.isArray(cell) && isNumber(cell[0]) && isNumber(cell[1]) && isNumber(cell[2]);
        });
        return {
            tooltip: {
                trigger: 'item',
                formatter: function (p) {
                    var status = statuses[p.value[2]] || {};
                    return fullName(spec.rowNames, rows, p.value[1]) + '\n' + p.marker
                        + fullName(spec.columnNames, columns, p.value[0]) + ': ' + (status.label || '');
                }
            },
            grid: {
                left: 8,
                // room for the last column's label, which a rotation tilts to the right of the grid
                right: 24,
                top: heatmapLegendHeight(spec, narrow),
                bottom: 8,
                outerBoundsMode: 'same',
                outerBoundsContain: 'axisLabel'
            },
            xAxis: {
                type: 'category',
                data: columns,
                triggerEvent: true, // full text of a shortened label on hover, see showFullAxisLabel
                splitArea: {show: false},
                axisTick: {show: false},
                axisLabel: {
                    interval: 0,
                    rotate: heatmapColumnRotation(spec, narrow),
                    formatter: function (label) {
                        return truncate(label, HEATMAP_COLUMN_LABEL_CHARS);
                    }
                }
            },
            yAxis: {
                type: 'category',
                data: rows,
                inverse: true, // first row on top
                triggerEvent: true,
                axisTick: {show: false},
                axisLabel: {
                    interval: 0,
                    formatter: function (label) {
                        return truncate(label, HEATMAP_ROW_LABEL_CHARS);
                    }
                }
            },
            visualMap: {
                type: 'piecewise',
                dimension: 2,
                orient: narrow ? 'vertical' : 'horizontal',
                inverse: narrow, // statuses top to bottom in the order of the horizontal legend
                top: 0,
                left: narrow ? 0 : 'center',
                itemGap: narrow ? 6 : 10,
                pieces: statuses.map(function (status, i) {
                    return {value: i, label: statusGlyph(i) + ' ' + status.label, color: status.color};
                })
            },
            series: [{
                type: 'heatmap',
                name: '',
                data: cells,
                cursor: spec.cellLinks || spec.rowLinks ? 'pointer' : 'default',
                itemStyle: {borderColor: '#fff', borderWidth: 2},
                label: {
                    show: true,
                    formatter: function (p) {
                        return statusGlyph(p.value[2]);
                    },
                    color: '#fff',
                    textBorderColor: 'rgba(0, 0, 0, 0.55)',
                    textBorderWidth: 2
                },
                emphasis: {itemStyle: {borderColor: '#333', borderWidth: 2}}
            }]
        };
    }

    // ---------------------------------------------------------------- planned-versus-actual timelines

    /**
     * A project's stages (categories, top to bottom) on a time axis: one series per kind of date (first planned,
     * planned now, reached), each datum the epoch milliseconds of the latest day the date can mean (null: none) and
     * "texts" the date as written, shown in the tooltip. "slips" ([stage index, from, to]) draws an arrow from the
     * first planned to the planned date now in slipColor, named slipName in the legend.
     */
    function timelineOption(spec) {
        var categories = spec.categories || [];
        var symbols = ['emptyCircle', 'circle', 'diamond', 'triangle'];
        var series = (spec.series || []).map(function (s, index) {
            var data = [];
            categories.forEach(function (category, i) {
                var value = at(s.data, i);
                if (isNumber(value)) {
                    data.push({value: [value, category], text: at(s.texts, i) || ''});
                }
            });
            var result = {type: 'scatter', name: s.name, data: data, symbol: symbols[index % symbols.length],
                symbolSize: 14, z: 3 + index};
            if (s.color) {
                result.itemStyle = {color: s.color};
            }
            return result;
        });
        if (Array.isArray(spec.slips) && spec.slips.length) {
            series.unshift({
                type: 'lines',
                name: spec.slipName,
                coordinateSystem: 'cartesian2d',
                symbol: ['none', 'arrow'],
                symbolSize: 10,
                z: 2,
                lineStyle: {color: spec.slipColor || '#D55E00', width: 3},
                itemStyle: {color: spec.slipColor || '#D55E00'},
                tooltip: {show: false},
                data: spec.slips.map(function (slip) {
                    return {coords: [[slip[1], categories[slip[0]]], [slip[2], categories[slip[0]]]]};
                })
            });
        }
        return {
            legend: {show: true, type: 'scroll', top: 0},
            grid: {left: 8, right: 32, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel'},
            tooltip: {
                trigger: 'item',
                formatter: function (p) {
                    return p.seriesName + '\n' + (p.value ? p.value[1] : '') + (p.data && p.data.text ? '：' + p.data.text : '');
                }
            },
            xAxis: {type: 'time', axisLabel: {hideOverlap: true}},
            yAxis: {type: 'category', data: categories, inverse: true, axisTick: {alignWithLabel: true}},
            series: series
        };
    }

    // ---------------------------------------------------------------- descriptions for screen readers

    /** "name: item, item, item" */
    function describeGroup(name, items, text) {
        return (name ? name + text.colon : '') + items.join(text.sep);
    }

    function describeCartesian(spec, text) {
        var categories = spec.categories || [];
        return (spec.series || []).map(function (series) {
            return describeGroup(series.name, categories.map(function (category, i) {
                var value = at(series.data, i);
                return category + ' ' + (isNumber(value) ? withUnit(value, spec.unit) : text.noData);
            }), text);
        });
    }

    /** One group per stage: "stage: first planned 2025年, planned now 2026年上半年"; dates not set are left out. */
    function describeTimeline(spec, text) {
        return (spec.categories || []).map(function (category, i) {
            var items = (spec.series || []).filter(function (series) {
                return isNumber(at(series.data, i));
            }).map(function (series) {
                return series.name + ' ' + (at(series.texts, i) || '');
            });
            return describeGroup(category, items.length ? items : [text.noData], text);
        });
    }

    function describeDonut(spec, text) {
        var first = (spec.series || [])[0] || {};
        return [describeGroup(first.name, (spec.categories || []).map(function (category, i) {
            var value = at(first.data, i);
            return category + ' ' + (isNumber(value) ? withUnit(value, spec.unit) : text.noData);
        }), text)];
    }

    /** One group per row: "row: column status, column status"; blank cells are left out. */
    function describeHeatmap(spec, text) {
        var columns = spec.columnNames || spec.columns || [];
        var statuses = spec.statuses || [];
        return (spec.rowNames || spec.rows || []).map(function (row, r) {
            var items = (spec.cells || []).filter(function (cell) {
                return Array.isArray(cell) && cell[1] === r;
            }).sort(function (a, b) {
                return a[0] - b[0];
            }).map(function (cell) {
                return columns[cell[0]] + ' ' + ((statuses[cell[2]] || {}).label || '');
            });
            return describeGroup(row, items.length ? items : [text.noData], text);
        });
    }

    /** The text ECharts puts in the chart's aria-label: the page's own label, then the data. */
    function describe(el, spec) {
        var text = isEnglish() ? TEXT.en : TEXT.zh;
        var title = el.getAttribute('aria-label') || el.getAttribute('data-chart-title') || text.chart;
        var groups = spec.type === 'heatmap' ? describeHeatmap(spec, text)
            : spec.type === 'donut' ? describeDonut(spec, text)
            : spec.type === 'timeline' ? describeTimeline(spec, text)
            : describeCartesian(spec, text);
        return title + text.colon + groups.join(text.groupSep) + text.end;
    }

    // ---------------------------------------------------------------- clicks and hovers

    /** The link for a click on a series item or a category axis label, if the spec has one. */
    function linkFor(spec, params) {
        if (spec.type === 'heatmap') {
            if (params.componentType === 'series' && Array.isArray(params.value)) {
                var cell = spec.cellLinks && spec.cellLinks[params.value[0] + ',' + params.value[1]];
                return cell || (spec.rowLinks ? spec.rowLinks[params.value[1]] || undefined : undefined);
            }
            return undefined;
        }
        if (!Array.isArray(spec.links)) {
            return undefined;
        }
        var categories = spec.categories || [];
        if (params.componentType === 'series') {
            // Donut slices leave gaps out, so find the category by name rather than by index
            var index = spec.type === 'donut' ? categories.indexOf(params.name) : params.dataIndex;
            return spec.links[index];
        }
        if (params.componentType === 'xAxis' || params.componentType === 'yAxis') {
            return spec.links[categories.indexOf(params.value)];
        }
        return undefined;
    }

    /** Shows the full name behind a short heatmap axis label as the element's native tooltip. */
    function showFullAxisLabel(el, spec, params) {
        var x = params.componentType === 'xAxis';
        if (!x && params.componentType !== 'yAxis') {
            return;
        }
        var labels = (x ? spec.columns : spec.rows) || [];
        var index = labels.indexOf(params.value);
        el.title = String(index < 0 ? params.value : fullName(x ? spec.columnNames : spec.rowNames, labels, index));
    }

    // ---------------------------------------------------------------- drawing

    var BUILDERS = {
        bar: cartesianOption,
        line: cartesianOption,
        donut: donutOption,
        heatmap: heatmapOption,
        timeline: timelineOption
    };

    /**
     * Gives the element the height its rows need (a heatmap, horizontal bars) when the page's CSS gave it less, or a
     * default height when it has none (an empty div is 0 px high).
     */
    function ensureHeight(el, spec) {
        if (spec.sparkline) {
            return;
        }
        var height = el.clientHeight >= 50 ? 0 : DEFAULT_HEIGHT;
        if (spec.type === 'heatmap') {
            var narrow = isNarrow(el, HEATMAP_NARROW_BELOW);
            height = heatmapLegendHeight(spec, narrow)
                + HEATMAP_ROW_HEIGHT * (spec.rows || []).length
                + heatmapColumnLabelsHeight(spec, narrow) + 16;
        } else if (spec.type === 'timeline') {
            height = Math.max(200, 80 + HORIZONTAL_BAR_ROW_HEIGHT * 1.4 * (spec.categories || []).length);
        } else if (spec.type === 'bar' && spec.horizontal) {
            height = Math.max(DEFAULT_HEIGHT, 80 + HORIZONTAL_BAR_ROW_HEIGHT * (spec.categories || []).length);
        }
        if (height > el.clientHeight) {
            el.style.height = height + 'px';
        }
    }

    function parseSpec(el) {
        var spec = JSON.parse(el.getAttribute('data-chart'));
        if (!spec || !BUILDERS.hasOwnProperty(spec.type)) {
            throw new Error('unknown chart type');
        }
        return spec;
    }

    /** The value of a series item: a number, or an object holding one. */
    function itemValue(item) {
        return item && typeof item === 'object' && !Array.isArray(item) ? item.value : item;
    }

    /** Whether there is a figure to show: a heatmap cell, a slice above zero, a number outside reference lines. */
    function hasData(spec) {
        if (spec.type === 'heatmap') {
            return (spec.cells || []).some(function (cell) {
                return Array.isArray(cell) && isNumber(cell[2]);
            });
        }
        return (spec.series || []).some(function (series) {
            return !series.dashed && (series.data || []).some(function (item) {
                var value = itemValue(item);
                return isNumber(value) && (spec.type !== 'donut' || value > 0);
            });
        });
    }

    /** Says there is nothing to show yet, in the page's language, where the chart would be. */
    function showEmpty(el) {
        var text = isEnglish() ? TEXT.en : TEXT.zh;
        var note = document.createElement('p');
        note.className = 'chart-empty text-body-secondary';
        note.textContent = text.empty;
        el.textContent = '';
        el.appendChild(note);
        el.setAttribute('aria-label', (el.getAttribute('aria-label') || text.chart) + text.colon + text.empty);
        el.dataset.chartEmpty = 'true';
        el.dataset.chartReady = 'true';
    }

    function fail(el, message) {
        el.setAttribute('data-chart-error', message);
        if (window.console) {
            console.warn('Chart not drawn:', message, el);
        }
    }

    /** Options shared by every chart: accessibility, palette, fonts, tooltips without inline styles. */
    function commonOption(el, spec) {
        return {
            aria: {
                enabled: true,
                label: {description: describe(el, spec)},
                // Patterns per series or slice; heatmaps show status shapes instead (see STATUS_GLYPHS)
                decal: {show: spec.type !== 'heatmap'}
            },
            color: PALETTE,
            animation: !prefersReducedMotion(),
            textStyle: {fontFamily: window.getComputedStyle(el).fontFamily || 'sans-serif'},
            tooltip: {renderMode: 'richText', confine: true}
        };
    }

    /** Adds the shared options; where both define a component (the tooltip), the chart's settings win. */
    function withCommonOption(option, common) {
        Object.keys(common).forEach(function (key) {
            option[key] = option[key] ? Object.assign({}, common[key], option[key]) : common[key];
        });
        return option;
    }

    /** A small trend beside a table row: the line alone, no axes, legend or margins. */
    function sparkline(option) {
        option.legend = {show: false};
        option.grid = {left: 2, right: 2, top: 4, bottom: 4};
        [option.xAxis, option.yAxis].forEach(function (axis) {
            axis.show = false;
        });
        option.yAxis.scale = true;
        option.series.forEach(function (s) {
            s.symbol = 'none';
        });
    }

    function draw(el) {
        el.setAttribute('data-chart-initialised', 'true');
        var spec;
        try {
            spec = parseSpec(el);
        } catch (e) {
            fail(el, 'invalid spec: ' + e.message);
            return;
        }
        if (!spec.sparkline && !hasData(spec)) {
            showEmpty(el);
            return;
        }
        if (!window.echarts) {
            fail(el, 'echarts not loaded');
            return;
        }
        try {
            ensureHeight(el, spec);
            var chart = window.echarts.init(el, null, {renderer: 'svg', locale: isEnglish() ? 'EN' : 'ZH'});
            var option = withCommonOption(BUILDERS[spec.type](spec, el), commonOption(el, spec));
            if (spec.sparkline) {
                sparkline(option);
            }
            chart.on('finished', function onFinished() {
                chart.off('finished', onFinished);
                el.dataset.chartReady = 'true';
            });
            chart.on('click', function (params) {
                navigate(linkFor(spec, params));
            });
            if (spec.type === 'heatmap') {
                chart.on('mouseover', function (params) {
                    showFullAxisLabel(el, spec, params);
                });
                chart.on('mouseout', function () {
                    el.removeAttribute('title');
                });
            }
            chart.setOption(option);
            charts.push(chart);
        } catch (e) {
            fail(el, 'cannot draw: ' + e.message);
        }
    }

    /** Draws every chart on the page that is not drawn yet. */
    function drawAll() {
        var elements = document.querySelectorAll('[data-chart]:not([data-chart-initialised])');
        Array.prototype.forEach.call(elements, draw);
    }

    /** Resizes the charts still on the page and forgets those an htmx swap removed. */
    function resizeAll() {
        charts = charts.filter(function (chart) {
            if (chart.isDisposed()) {
                return false;
            }
            if (!document.body.contains(chart.getDom())) {
                chart.dispose();
                return false;
            }
            chart.resize();
            return true;
        });
    }

    var resizePending = false;

    function scheduleResize() {
        if (!resizePending) {
            resizePending = true;
            window.requestAnimationFrame(function () {
                resizePending = false;
                resizeAll();
            });
        }
    }

    function start() {
        drawAll();
        document.body.addEventListener('htmx:afterSettle', function () {
            resizeAll(); // also disposes charts that the swap removed
            drawAll();
        });
        window.addEventListener('resize', scheduleResize);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
