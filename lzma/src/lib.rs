//! An LZMA decoder for a raw LZMA1 stream (as `scripts/lzma-pack.mjs`
//! writes it), built as a small WebAssembly module of its own: the widget's
//! script inlines its wasm packed by LZMA, about a fifth smaller than gzip,
//! and browsers have no LZMA of their own. As WebAssembly it runs at speed
//! at once, where a decoder in JavaScript runs slowly until the engine has
//! optimised it (about twice as long for the widget's 600 KB).
//!
//! Written from the LZMA specification (the LZMA SDK's
//! lzma-specification.txt): a range coder with 11-bit probabilities,
//! literals coded with their predecessor's high bits (lc) and, after a
//! match, against the byte at the last distance; lengths in three bit
//! trees; distances as a slot and direct or reverse-coded bits; the four
//! most recent distances kept for repeats. A corrupt stream gives an error
//! number, never a read outside the input or the output: every index is
//! checked where it is made, and the module has no panicking code.

#![no_std]

const IS_MATCH: usize = 0; // 12 states × 16 position states
const IS_REP: usize = 192;
const IS_REP_G0: usize = 204;
const IS_REP_G1: usize = 216;
const IS_REP_G2: usize = 228;
const IS_REP0_LONG: usize = 240; // 12 × 16
const POS_SLOT: usize = 432; // 4 length states × 64
const SPEC_POS: usize = 688; // distances 4 to 127, by reverse bit trees
const ALIGN: usize = 803;
const LEN: usize = 819; // choice, choice2, low 16 × 8, mid 16 × 8, high 256
const REP_LEN: usize = LEN + 514;
const LITERAL: usize = REP_LEN + 514;
/// Literal coders for lc + lp up to 3: every index made below is smaller.
const PROBS: usize = LITERAL + (0x300 << 3);

/// lc + lp above 3, or pb above 4.
const BAD_PROPERTIES: i32 = -1;
/// The first byte is not 0, or the stream is shorter than its header.
const BAD_START: i32 = -2;
/// The input ends before the output is whole.
const TRUNCATED: i32 = -3;
/// A distance points before the start of the output.
const BAD_DISTANCE: i32 = -4;

/// A decoder's state between steps, where the script put it.
#[repr(C)]
pub struct Decoder {
    input: *const u8,
    input_len: usize,
    at: usize,
    range: u32,
    code: u32,
    pos: usize,
    state: usize,
    reps: [usize; 4],
    lc: u32,
    lp_mask: usize,
    pb_mask: usize,
    probs: [u16; PROBS],
}

impl Decoder {
    #[inline(always)]
    fn normalize(&mut self) -> Result<(), i32> {
        if self.range < 1 << 24 {
            if self.at >= self.input_len {
                return Err(TRUNCATED);
            }
            // SAFETY: at < input_len, the input's length.
            let byte = unsafe { *self.input.add(self.at) };
            self.at += 1;
            self.range <<= 8;
            self.code = (self.code << 8) | byte as u32;
        }
        Ok(())
    }

    /// One bit with the probability at `i`, which is below `PROBS`.
    fn bit(&mut self, i: usize) -> Result<usize, i32> {
        // SAFETY: every caller's index is below PROBS (see the constants).
        let p = unsafe { self.probs.get_unchecked_mut(i) };
        let bound = (self.range >> 11) * *p as u32;
        let b = if self.code < bound {
            self.range = bound;
            *p += (2048 - *p) >> 5;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            *p -= *p >> 5;
            1
        };
        self.normalize()?;
        Ok(b)
    }

    fn tree(&mut self, base: usize, bits: u32) -> Result<usize, i32> {
        let mut m = 1;
        for _ in 0..bits {
            m = (m << 1) | self.bit(base + m)?;
        }
        Ok(m - (1 << bits))
    }

    fn reverse(&mut self, base: usize, bits: u32) -> Result<usize, i32> {
        let (mut m, mut symbol) = (1, 0);
        for i in 0..bits {
            let b = self.bit(base + m)?;
            m = (m << 1) | b;
            symbol |= b << i;
        }
        Ok(symbol)
    }

    fn length(&mut self, base: usize, pos_state: usize) -> Result<usize, i32> {
        if self.bit(base)? == 0 {
            return self.tree(base + 2 + (pos_state << 3), 3);
        }
        if self.bit(base + 1)? == 0 {
            return Ok(8 + self.tree(base + 130 + (pos_state << 3), 3)?);
        }
        Ok(16 + self.tree(base + 258, 8)?)
    }

    /// A match's distance, or `None` for the end marker.
    fn distance(&mut self, len: usize) -> Result<Option<usize>, i32> {
        let slot = self.tree(POS_SLOT + (len.min(3) << 6), 6)?;
        if slot < 4 {
            return Ok(Some(slot));
        }
        let bits = (slot as u32 >> 1) - 1;
        let base = ((2 | (slot & 1)) as u64) << bits;
        if slot < 14 {
            let low = self.reverse(SPEC_POS + base as usize - slot, bits)?;
            return Ok(Some(base as usize + low));
        }
        let mut direct = 0u64;
        for _ in 0..bits - 4 {
            self.range >>= 1;
            let b = u32::from(self.code >= self.range);
            self.code -= self.range & 0u32.wrapping_sub(b);
            direct = (direct << 1) | u64::from(b);
            self.normalize()?;
        }
        let dist = base + (direct << 4) + self.reverse(ALIGN, 4)? as u64;
        if dist == u64::from(u32::MAX) {
            return Ok(None);
        }
        Ok(Some(dist as usize))
    }

    /// Decodes into `out` up to `limit` bytes (not beyond `out_len`) or
    /// the end marker; the output's length so far.
    fn run(&mut self, out: *mut u8, out_len: usize, limit: usize) -> Result<usize, i32> {
        let limit = limit.min(out_len);
        while self.pos < limit {
            if !self.step(out, out_len)? {
                break; // the end marker
            }
        }
        Ok(self.pos)
    }

    /// One literal, match or repeat; false at the end marker.
    ///
    /// SAFETY (for every read and write of `out`): `pos < out_len` (the
    /// caller's loop), writes are at `pos` and, for a match, below
    /// `out_len`; reads are at `pos - rep0 - 1` with `rep0 < pos`, checked
    /// where rep0 is used first after it changes, or kept since.
    fn step(&mut self, out: *mut u8, out_len: usize) -> Result<bool, i32> {
        let pos = self.pos;
        let state = self.state;
        let pos_state = pos & self.pb_mask;
        if self.bit(IS_MATCH + (state << 4) + pos_state)? == 0 {
            let prev = if pos > 0 {
                (unsafe { *out.add(pos - 1) }) as usize
            } else {
                0
            };
            let base =
                LITERAL + 0x300 * (((pos & self.lp_mask) << self.lc) + (prev >> (8 - self.lc)));
            let mut symbol = 1usize;
            if state >= 7 {
                // Against the byte at rep0, until the first bit that differs.
                let mut matched = (unsafe { *out.add(pos - self.reps[0] - 1) }) as usize;
                while symbol < 0x100 {
                    let match_bit = (matched >> 7) & 1;
                    matched <<= 1;
                    let b = self.bit(base + ((1 + match_bit) << 8) + symbol)?;
                    symbol = (symbol << 1) | b;
                    if b != match_bit {
                        break;
                    }
                }
            }
            while symbol < 0x100 {
                symbol = (symbol << 1) | self.bit(base + symbol)?;
            }
            unsafe { *out.add(pos) = symbol as u8 };
            self.pos += 1;
            self.state = if state < 4 {
                0
            } else if state < 10 {
                state - 3
            } else {
                state - 6
            };
            return Ok(true);
        }
        let len = if self.bit(IS_REP + state)? == 1 {
            if self.bit(IS_REP_G0 + state)? == 0 {
                if self.bit(IS_REP0_LONG + (state << 4) + pos_state)? == 0 {
                    // One byte at rep0.
                    self.state = if state < 7 { 9 } else { 11 };
                    return self.copy(out, out_len, 1);
                }
            } else {
                let [rep0, rep1, rep2, rep3] = self.reps;
                self.reps = if self.bit(IS_REP_G1 + state)? == 0 {
                    [rep1, rep0, rep2, rep3]
                } else if self.bit(IS_REP_G2 + state)? == 0 {
                    [rep2, rep0, rep1, rep3]
                } else {
                    [rep3, rep0, rep1, rep2]
                };
            }
            self.state = if state < 7 { 8 } else { 11 };
            self.length(REP_LEN, pos_state)?
        } else {
            let len = self.length(LEN, pos_state)?;
            self.state = if state < 7 { 7 } else { 10 };
            let Some(dist) = self.distance(len)? else {
                return Ok(false);
            };
            let [rep0, rep1, rep2, _] = self.reps;
            self.reps = [dist, rep0, rep1, rep2];
            len
        };
        self.copy(out, out_len, len + 2)
    }

    /// Copies `len` bytes (fewer at the end of `out`) from rep0.
    fn copy(&mut self, out: *mut u8, out_len: usize, len: usize) -> Result<bool, i32> {
        let (pos, rep0) = (self.pos, self.reps[0]);
        if rep0 >= pos {
            return Err(BAD_DISTANCE);
        }
        let end = (pos + len).min(out_len);
        for i in pos..end {
            unsafe { *out.add(i) = *out.add(i - rep0 - 1) };
        }
        self.pos = end;
        Ok(true)
    }
}

/// The bytes a decoder's state takes: the script reserves them.
#[no_mangle]
pub extern "C" fn lzma_state_size() -> usize {
    core::mem::size_of::<Decoder>()
}

/// Starts a decoder at `d` for the stream at `input`; 0 or an error number.
///
/// # Safety
/// `d` points to `lzma_state_size()` writable bytes, aligned to 8; `input`
/// to `input_len` readable ones, which stay there while the decoder runs.
#[no_mangle]
pub unsafe extern "C" fn lzma_init(
    d: *mut Decoder,
    input: *const u8,
    input_len: usize,
    lc: u32,
    lp: u32,
    pb: u32,
) -> i32 {
    if lc + lp > 3 || pb > 4 {
        return BAD_PROPERTIES;
    }
    if input_len < 5 || *input != 0 {
        return BAD_START;
    }
    let header = [*input.add(1), *input.add(2), *input.add(3), *input.add(4)];
    let d = &mut *d;
    d.input = input;
    d.input_len = input_len;
    d.at = 5;
    d.range = u32::MAX;
    d.code = u32::from_be_bytes(header);
    d.pos = 0;
    d.state = 0;
    d.reps = [0; 4];
    d.lc = lc;
    d.lp_mask = (1 << lp) - 1;
    d.pb_mask = (1 << pb) - 1;
    d.probs.fill(1024);
    0
}

/// One step: decodes until `limit` bytes of `out` are there; how many are,
/// or an error number.
///
/// # Safety
/// `d` was started by `lzma_init`; `out` points to `out_len` writable
/// bytes, the same for every step.
#[no_mangle]
pub unsafe extern "C" fn lzma_more(
    d: *mut Decoder,
    out: *mut u8,
    out_len: usize,
    limit: usize,
) -> i32 {
    match (*d).run(out, out_len, limit) {
        Ok(n) => n as i32,
        Err(e) => e,
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
