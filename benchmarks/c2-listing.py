#!/usr/bin/env python3
"""Disassembles a method's C2-compiled code from a JVM's -XX:+PrintAssembly output.

Without the hsdis plugin, HotSpot prints compiled code as raw hex (Debian's libhsdis0-fcml lacks
the decode_instructions_virtual entry that JDK 17 asks for, so it is not used). This script
rebuilds the bytes of the last full (non-OSR) C2 compilation in the file and disassembles them
with binutils' objdump (Intel syntax), at the addresses the JVM printed:

  java --add-modules=jdk.incubator.vector -XX:+UseParallelGC -XX:+UnlockDiagnosticVMOptions \\
      -XX:CompileCommand=print,spinsim.core.rule.BatchedKernels::match \\
      -cp benchmarks/target/benchmarks.jar spinsim.bench.KernelAB 16384 6 table > match.txt
  python3 benchmarks/c2-listing.py match.txt > match.s

Then look for the loop by its constants (SplitMix64's 0xbf58476d1ce4e5b9, ...). Spills show as
[rsp+...] operands, range checks as cmp/jae pairs, calls other than the uncommon-trap stub as
real calls. Which compilation is printed is listed on stderr.
"""
import re
import subprocess
import sys
import tempfile


def compilations(lines):
    """Yields (header, start address, bytes, gaps) for each compiled method in the output.

    A method's code is the hex rows from its "Compiled method" header to the next "[/MachCode]";
    a jump in addresses between rows (another section) is filled with nops and counted in gaps.
    """
    header, start, code, gaps, inside = None, None, bytearray(), 0, False
    row = re.compile(r'\s*0x([0-9a-f]+): ((?:[0-9a-f]{2,8} ?\|? ?)+)\s*$')
    for line in lines:
        if line.startswith('Compiled method'):
            if header is not None:
                yield header, start, bytes(code), gaps
            header, start, code, gaps, inside = line.strip(), None, bytearray(), 0, True
            continue
        if line.startswith('[/MachCode]'):
            inside = False
            continue
        if header is None or not inside:
            continue
        m = row.match(line)
        if not m:
            continue
        addr = int(m.group(1), 16)
        data = bytes.fromhex(re.sub(r'[ |]', '', m.group(2)))
        if start is None:
            start = addr
        expected = start + len(code)
        if addr > expected:
            code += b'\x90' * (addr - expected)  # a gap between sections: nop filler
            gaps += 1
        elif addr < expected:
            continue
        code += data
    if header is not None:
        yield header, start, bytes(code), gaps


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: c2-listing.py <PrintAssembly output>')
    with open(sys.argv[1], errors='replace') as f:
        found = [c for c in compilations(f.read().split('\n')) if '(c2)' in c[0] and ' % ' not in c[0]]
    if not found:
        sys.exit('no full C2 compilation in ' + sys.argv[1])
    header, start, code, gaps = found[-1]
    print(header, file=sys.stderr)
    if start is None:
        sys.exit('no code rows under that compilation: was -XX:+PrintAssembly output without hsdis given?')
    if gaps:
        print('note: %d gap(s) between code sections filled with nops' % gaps, file=sys.stderr)
    with tempfile.NamedTemporaryFile(suffix='.bin') as out:
        out.write(code)
        out.flush()
        listing = subprocess.run(['objdump', '-D', '-b', 'binary', '-mi386:x86-64', '-Mintel',
                                  '--adjust-vma=%#x' % start, out.name],
                                 capture_output=True, text=True, check=True).stdout
    sys.stdout.write(listing)


if __name__ == '__main__':
    main()
