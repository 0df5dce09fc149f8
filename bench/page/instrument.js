/**
 * Injected into the harness page before its own scripts (playwright addInitScript) by bench/browser.js. The harness
 * is not edited: this wraps the constructor the bundle hands to ComponentFramework.registerControl so that every
 * updateView is timed, and records, per updateView, what the dataset held and when the first frame with list rows
 * was painted after the host committed the returned element (the harness renders it synchronously right after
 * updateView, in the same microtask).
 *
 * window.__bench.updates: [{ t0, t1 (updateView returned), committed (after ReactDOM.render), rows (at commit),
 * painted (first frame with rows after commit), loading, loaded, total, hasNext }]. With window.__benchProfile set,
 * the first updateView with all records runs under console.profile('load') until its paint.
 */
(function instrument() {
    'use strict';
    const bench = { updates: [], error: null };
    window.__bench = bench;

    /** After the next frame has been produced: a task queued from requestAnimationFrame runs after that paint. */
    function afterPaint() {
        return new Promise((resolve) =>
            requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve(performance.now());
                channel.port2.postMessage(0);
            }),
        );
    }
    bench.afterPaint = afterPaint;

    function rowCount(root) {
        return root ? root.querySelectorAll('.ms-DetailsRow').length : 0;
    }
    bench.rowCount = rowCount;

    /** Resolves at the first frame painted after `root` holds list rows (null after timeoutMs without rows). */
    function paintedWithRows(root, timeoutMs) {
        if (rowCount(root) > 0) return afterPaint();
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                observer.disconnect();
                resolve(null);
            }, timeoutMs);
            const observer = new MutationObserver(() => {
                if (rowCount(root) === 0) return;
                observer.disconnect();
                clearTimeout(timer);
                resolve(afterPaint());
            });
            observer.observe(root, { childList: true, subtree: true });
        });
    }
    bench.paintedWithRows = paintedWithRows;

    function wrap(Control) {
        return class TimedControl extends Control {
            updateView(context) {
                const ds = context && context.parameters && context.parameters.mailboxes;
                const rec = {
                    t0: performance.now(),
                    loading: Boolean(ds && ds.loading),
                    loaded: ds && ds.sortedRecordIds ? ds.sortedRecordIds.length : -1,
                    total: ds && ds.paging ? ds.paging.totalResultCount : -1,
                    hasNext: Boolean(ds && ds.paging && ds.paging.hasNextPage),
                };
                // Profile mode (bench/browser.js sets window.__benchProfile): a CPU profile from data ready to paint.
                // Not `loaded === total`: Dataverse's count stops at 5,000 (the harness does too), so past it they differ.
                const complete = !rec.loading && rec.loaded > 0 && !rec.hasNext;
                if (complete && window.__benchProfile && !bench.profiledLoad) {
                    bench.profiledLoad = true;
                    rec.profiling = true;
                    console.profile('load');
                }
                const element = super.updateView(context);
                rec.t1 = performance.now();
                bench.updates.push(rec);
                // Runs after the microtask in which the harness calls updateView and then ReactDOM.render.
                queueMicrotask(() => {
                    rec.committed = performance.now();
                    const root = document.getElementById('control-root');
                    rec.rows = rowCount(root);
                    paintedWithRows(root, 30000).then((t) => {
                        rec.painted = t;
                        if (rec.profiling) console.profileEnd('load');
                    });
                });
                return element;
            }
        };
    }

    let framework;
    Object.defineProperty(window, 'ComponentFramework', {
        configurable: true,
        get() {
            return framework;
        },
        set(value) {
            if (value && typeof value.registerControl === 'function') {
                const register = value.registerControl;
                value.registerControl = (name, Control) => register.call(value, name, wrap(Control));
            }
            framework = value;
        },
    });
})();
