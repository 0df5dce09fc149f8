import * as React from 'react';

/**
 * @summary The width (px) of an element, followed with a ResizeObserver: the fleet view lays out its band for the box
 * the host gives it (a narrow dashboard tile, a zoomed page), not for the window. `fallback` until measured, and where
 * ResizeObserver is missing (old hosts, tests).
 */
export function useWidth<T extends HTMLElement>(fallback: number): [React.RefObject<T>, number] {
    const ref = React.useRef<T>(null);
    const [width, setWidth] = React.useState(fallback);
    React.useLayoutEffect(() => {
        const el = ref.current;
        if (!el) return undefined;
        const measured = el.clientWidth;
        if (measured > 0) setWidth(measured);
        if (typeof ResizeObserver === 'undefined') return undefined;
        let frame = 0;
        const observer = new ResizeObserver((entries) => {
            const w = Math.round(entries[0]?.contentRect.width ?? 0);
            if (w <= 0) return;
            // One update per frame: a host resizing continuously never re-renders the band more often than it paints.
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => setWidth((old) => (Math.abs(old - w) >= 1 ? w : old)));
        });
        observer.observe(el);
        return () => {
            cancelAnimationFrame(frame);
            observer.disconnect();
        };
    }, []);
    return [ref, width];
}
