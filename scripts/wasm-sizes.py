"""The widget's WebAssembly by size: sections, and the largest functions.

    python3 scripts/wasm-sizes.py FILE.wasm [COUNT] [PATTERN]

FILE must keep its name section (`make wasm-sizes` builds one, optimised as
the shipped one is). Functions are summed by name without their hash, so the
copies of one generic function add up. PATTERN (a regular expression) keeps
only matching names.
"""

import gzip
import re
import sys
from collections import Counter

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 5: "memory",
            6: "global", 7: "export", 9: "element", 10: "code", 11: "data"}


def leb(data, i):
    """An unsigned LEB128 number at i, and the position after it."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def sections(data):
    i = 8
    while i < len(data):
        kind = data[i]
        size, i = leb(data, i + 1)
        yield kind, i, size
        i += size


def imported_functions(data, start):
    count, j = leb(data, start)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, j = leb(data, j)
            j += length
        kind = data[j]
        j += 1
        if kind == 0:  # function: type index
            _, j = leb(data, j)
            functions += 1
        elif kind == 1:  # table: element type, limits
            j += 1
            flags = data[j]
            _, j = leb(data, j + 1)
            if flags & 1:
                _, j = leb(data, j)
        elif kind == 2:  # memory: limits
            flags = data[j]
            _, j = leb(data, j + 1)
            if flags & 1:
                _, j = leb(data, j)
        elif kind == 3:  # global: type, mutability
            j += 2
    return functions


def function_names(data, start, size):
    j = start
    length, j = leb(data, j)
    if data[j:j + length] != b"name":
        return {}
    j += length
    names = {}
    while j < start + size:
        sub = data[j]
        sub_size, j = leb(data, j + 1)
        if sub == 1:
            k = j
            count, k = leb(data, k)
            for _ in range(count):
                index, k = leb(data, k)
                length, k = leb(data, k)
                names[index] = data[k:k + length].decode("utf8", "replace")
                k += length
        j += sub_size
    return names


def main():
    path = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    pattern = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None
    data = open(path, "rb").read()
    print(f"{path}: {len(data)} bytes, {len(gzip.compress(data, 9))} gzip")
    names, imports, code = {}, 0, None
    for kind, start, size in sections(data):
        part = data[start:start + size]
        print(f"  {SECTIONS.get(kind, kind):>8}: {size:>7} bytes, {len(gzip.compress(part, 9)):>7} gzip")
        if kind == 0:
            names.update(function_names(data, start, size))
        elif kind == 2:
            imports = imported_functions(data, start)
        elif kind == 10:
            code = start
    if code is None:
        return
    if not names:
        print("no name section: build with `make wasm-sizes` for function names")
    total = Counter()
    functions, j = leb(data, code)
    for index in range(functions):
        size, j = leb(data, j)
        name = names.get(imports + index, f"function {imports + index}")
        total[re.sub(r"::h[0-9a-f]{16}$", "", name)] += size
        j += size
    shown = [(n, s) for n, s in total.most_common() if pattern is None or pattern.search(n)]
    for name, size in shown[:count]:
        print(f"{size:>8}  {name[:150]}")


if __name__ == "__main__":
    main()
