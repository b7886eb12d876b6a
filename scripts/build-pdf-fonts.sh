#!/usr/bin/env bash
# Rebuilds lib/pdf/fonts/Inter-{Regular,Bold}.ttf from Inter's release TTFs (rsms/inter, OFL,
# no Reserved Font Name) with fonttools' pyftsubset (Debian: apt-get install fonttools).
#
# Every glyph and code point is kept (Latin, Greek, Cyrillic: any client name prints), but the
# OpenType layout tables (GSUB, GPOS, GDEF) are dropped: Inter's contextual alternates and
# kerning made fontkit's shaping the largest single cost of a react-pdf render (about a third
# of it, see README "PDF documents"), for typography an invoice does not need. The name table
# keeps only the copyright and names (IDs 0-6), in English (no STAT table, whose axis names
# would stay too): pdfkit compares the
# name records of the font on every text run (JSON.stringify), and Inter's long license text
# there cost 7 % of a render. The license itself ships as lib/pdf/fonts/OFL.txt.
#
# Usage: scripts/build-pdf-fonts.sh /path/to/Inter-Regular.ttf /path/to/Inter-Bold.ttf
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/lib/pdf/fonts"
for source in "$@"; do
  name="$(basename "$source")"
  pyftsubset "$source" --unicodes='*' --glyphs='*' --name-IDs=0,1,2,3,4,5,6 --name-languages=0x409 \
    --notdef-outline --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,STAT \
    --output-file="$out/$name"
  echo "wrote $out/$name"
done
