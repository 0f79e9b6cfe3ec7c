#!/usr/bin/env python3
"""Writes a synthetic chain.csv (optionsDX-like layout) for the sessions of a data folder's spx.csv.

Not real data: prices come from Black-Scholes on a flat 18 % volatility, with a bid-ask spread.
Usage: generate-chain.py DATA_FOLDER ROWS   (about ROWS rows, spread evenly over the sessions)
Each session lists weekly expirations for 26 weeks and monthly ones out to two years, strikes
every 5 points within ±25 % of the close, calls and puts: a full SPX chain's shape.
"""
import csv, datetime, math, sys

folder, target = sys.argv[1], int(sys.argv[2])
with open(f"{folder}/spx.csv") as f:
    rows = [r for r in csv.reader(f)][1:]
sessions = [(datetime.date.fromisoformat(r[0]), float(r[4])) for r in rows if r[4] not in ("", ".")]
per_day = max(1, target // len(sessions))

def cdf(x):
    return 0.5 * math.erfc(-x / math.sqrt(2))

def price(call, s, k, t, v=0.18, r=0.04):
    d1 = (math.log(s / k) + (r + v * v / 2) * t) / (v * math.sqrt(t))
    d2 = d1 - v * math.sqrt(t)
    if call:
        return s * cdf(d1) - k * math.exp(-r * t) * cdf(d2), cdf(d1)
    return k * math.exp(-r * t) * cdf(-d2) - s * cdf(-d1), cdf(d1) - 1

out = open(f"{folder}/chain.csv", "w")
out.write("[QUOTE_DATE], [UNDERLYING_LAST], [EXPIRE_DATE], [DTE], [TYPE], [STRIKE], [BID], [ASK], [IV], [DELTA]\n")
written = 0
for day, close in sessions:
    expirations = [day + datetime.timedelta(days=7 * w + (4 - day.weekday()) % 7 + 1) for w in range(26)]
    expirations += [day + datetime.timedelta(days=30 * m) for m in range(7, 25)]
    strikes_needed = per_day // (2 * len(expirations)) + 1
    low = round(close * 0.75 / 5) * 5
    strikes = [low + 5 * i for i in range(strikes_needed)]
    lines = []
    for expiration in expirations:
        t = (expiration - day).days / 365
        for k in strikes:
            for call in (True, False):
                p, delta = price(call, close, k, t)
                p = max(p, 0.05)
                spread = max(0.05, p * 0.02)
                lines.append(f"{day.isoformat()},{close:.2f},{expiration.isoformat()},{(expiration - day).days},"
                             f"{'C' if call else 'P'},{k},{p - spread / 2:.2f},{p + spread / 2:.2f},0.18,{delta:.4f}\n")
                written += 1
                if written >= target:
                    break
            if written >= target:
                break
        if written >= target:
            break
    out.writelines(lines)
    if written >= target:
        break
out.close()
print(f"{written} rows")
