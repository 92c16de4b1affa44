/*
 * « Synthèse accès téléservices » (R-STAT-3): the extender of the access charts. Chart.js takes its callbacks as
 * functions, which the JSON configuration cannot carry: this adds the tooltip's footer, the total of the bar hovered
 * (« Total : 12 »), under the guardians' and pupils' counts that Chart.js lists itself.
 */
function statisticsChart() {
    var options = this.cfg.config.options;
    var totalLabel = options.plugins.totalLabel;
    options.plugins.tooltip.callbacks = {
        footer: function (items) {
            var total = 0;
            items.forEach(function (item) { total += item.parsed.y; });
            return totalLabel + '\u00a0: ' + total.toLocaleString(document.documentElement.lang || 'fr');
        }
    };
}
