/**
 * HRESULT conversions. Dataverse writes error codes as signed 32-bit integers (`lastsyncerrorcode`, "Exchange server
 * returned … -2147209462 exception.") while KB articles and `Crm.<hex>.` texts use the hex form
 * (docs/evidence.md §2.1 f, §6.1: −2147220891 = 0x80040265).
 */

const UINT32 = 0x1_0000_0000;

/**
 * @summary The hex form of an HRESULT, `0x` plus eight upper-case digits.
 * @param n a signed (−2147220891) or unsigned (2147746405) 32-bit integer
 * @returns `'0x80040265'`
 * @throws RangeError when `n` is not a 32-bit integer
 * @example hresultToHex(-2147220891) // '0x80040265'
 */
export function hresultToHex(n: number): string {
    if (!Number.isInteger(n) || n < -0x8000_0000 || n > 0xffff_ffff) {
        throw new RangeError(`not a 32-bit HRESULT: ${String(n)}`);
    }
    const unsigned = n < 0 ? n + UINT32 : n;
    return '0x' + unsigned.toString(16).toUpperCase().padStart(8, '0');
}

/**
 * @summary The signed form of a hex HRESULT, as `lastsyncerrorcode` stores it.
 * @param hex `'0x80040265'`, `'80040265'` (one to eight hex digits, `0x` optional, any case)
 * @returns `-2147220891`
 * @throws RangeError when `hex` is not one to eight hex digits
 * @example hexToHresult('0x8005E259') // -2147098023
 */
export function hexToHresult(hex: string): number {
    const m = /^\s*(?:0[xX])?([0-9A-Fa-f]{1,8})\s*$/.exec(hex);
    if (!m) throw new RangeError(`not a hex HRESULT: ${JSON.stringify(hex.slice(0, 40))}`);
    return parseInt(m[1], 16) | 0;
}

/**
 * A number that is an HRESULT failure code, in signed form, or null. Accepts the signed form (−2147483648 … −1) and the
 * unsigned form (0x80000000 … 0xFFFFFFFF) that some exports write; anything else (0, a tracecode, a fraction) is not
 * an HRESULT.
 */
export function asHresult(n: number | null | undefined): number | null {
    if (typeof n !== 'number' || !Number.isInteger(n)) return null;
    if (n >= -0x8000_0000 && n < 0) return n;
    if (n >= 0x8000_0000 && n <= 0xffff_ffff) return n - UINT32;
    return null;
}
