// Gale & Church (1993) length model: translated sentences have character lengths in a
// roughly constant ratio c with variance proportional to length (s² per character).

/** erfc(x) for x >= 0 (Abramowitz & Stegun 7.1.26 is too coarse in the tail; this is the
 *  classic Chebyshev-fitted exponential form, relative error < 1.2e-7). */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return y;
}

function negLogErfcExact(x: number): number {
  // (the table up to 8 + 1/64 keeps the values it always had)
  if (x > 8 + 1.5 / 64) return x * x + Math.log(x * Math.sqrt(Math.PI));
  return -Math.log(Math.max(erfc(x), 1e-300));
}

// -log erfc(x) tabulated on [0, 32): the DP evaluates it millions of times. Beyond 8 the
// function is x² + log(x √π) (error of linear interpolation there < 1e-4, on costs > 64).
export const STEP = 1 / 64;
export const TABLE_END = 32;
export const TABLE = Float64Array.from({ length: TABLE_END * 64 + 2 }, (_, k) => negLogErfcExact(k * STEP));

export function negLogErfc(x: number): number {
  if (x >= TABLE_END) return x * x + Math.log(x * Math.sqrt(Math.PI));
  const f = x / STEP,
    k = f | 0,
    r = f - k;
  return TABLE[k]! * (1 - r) + TABLE[k + 1]! * r;
}

/** -log P(|delta| at least this large) under a standard normal: 0 for a perfect length match. */
export function lengthCost(srcLen: number, tgtLen: number, ratio: number, s2: number): number {
  if (srcLen === 0 && tgtLen === 0) return 0;
  const mean = (srcLen * ratio + tgtLen) / 2;
  const delta = Math.abs(tgtLen - srcLen * ratio) / Math.sqrt(s2 * (mean > 1 ? mean : 1));
  return negLogErfc(delta / Math.SQRT2);
}
