"""How many tests a pytest JUnit report says were skipped (scripts/test and scripts/pythons fail on any)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree

if __name__ == "__main__":
    root = ElementTree.parse(sys.argv[1]).getroot()
    print(sum(int(suite.get("skipped", 0)) for suite in root.iter("testsuite")))
