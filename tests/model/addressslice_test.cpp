// SPDX-License-Identifier: GPL-3.0-or-later
// sliceAddress() and isCanonical() against values computed by hand from the bit ranges in
// FACTS.md: 4-level PML4 47..39, PDPT 38..30, PD 29..21, PT 20..12, offset 11..0; 5-level adds
// PML5 56..48. Canonical: bits 63..48 equal bit 47 (4-level), bits 63..57 equal bit 56 (LA57).
#include "address.h"
#include "pagingformat.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace {

struct Expected {
    std::string name;
    int hi;
    int lo;
    uint64_t value;
};

void expectFields(const std::vector<mmu::AddressField> &got, const std::vector<Expected> &want)
{
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        SCOPED_TRACE("field " + want[i].name);
        EXPECT_EQ(got[i].name, want[i].name);
        EXPECT_EQ(got[i].hi, want[i].hi);
        EXPECT_EQ(got[i].lo, want[i].lo);
        EXPECT_EQ(got[i].value, want[i].value);
    }
}

std::vector<Expected> fields4(uint64_t pml4, uint64_t pdpt, uint64_t pd, uint64_t pt, uint64_t offset)
{
    return {{"PML4", 47, 39, pml4}, {"PDPT", 38, 30, pdpt}, {"PD", 29, 21, pd}, {"PT", 20, 12, pt}, {"offset", 11, 0, offset}};
}

std::vector<Expected> fields5(uint64_t pml5, uint64_t pml4, uint64_t pdpt, uint64_t pd, uint64_t pt, uint64_t offset)
{
    return {{"PML5", 56, 48, pml5}, {"PML4", 47, 39, pml4}, {"PDPT", 38, 30, pdpt},
            {"PD", 29, 21, pd},     {"PT", 20, 12, pt},     {"offset", 11, 0, offset}};
}

const mmu::PagingFormat &x4()
{
    return mmu::x86_64Format();
}
const mmu::PagingFormat &x5()
{
    return mmu::x86_64La57Format();
}

// ---------------------------------------------------------------------------------------------
// 4-level

TEST(AddressSlice4Level, Zero)
{
    expectFields(mmu::sliceAddress(0, x4()), fields4(0, 0, 0, 0, 0));
    EXPECT_TRUE(x4().isCanonical(0));
}

TEST(AddressSlice4Level, WorkedExample)
{
    // 0x00007fff_a1b2_c3d4 = 0111 1111 1111 1111 | 1010 0001 1011 0010 | 1100 0011 1101 0100 (bits 47..0)
    //   47..39 = 0 1111 1111      = 255
    //   38..30 = 1 1111 1110      = 510
    //   29..21 = 1 0000 1101      = 269
    //   20..12 = 1 0010 1100      = 300
    //   11..0  = 0x3d4
    expectFields(mmu::sliceAddress(0x00007fffa1b2c3d4, x4()), fields4(255, 510, 269, 300, 0x3d4));
    EXPECT_TRUE(x4().isCanonical(0x00007fffa1b2c3d4));
}

TEST(AddressSlice4Level, HighestCanonicalUserAddress)
{
    expectFields(mmu::sliceAddress(0x00007fffffffffff, x4()), fields4(255, 511, 511, 511, 0xfff));
    EXPECT_TRUE(x4().isCanonical(0x00007fffffffffff));
}

TEST(AddressSlice4Level, LowestKernelAddress)
{
    // Bit 47 set, bits 46..0 clear: PML4 index 256, the first slot of the kernel half.
    expectFields(mmu::sliceAddress(0xffff800000000000, x4()), fields4(256, 0, 0, 0, 0));
    EXPECT_TRUE(x4().isCanonical(0xffff800000000000));
}

TEST(AddressSlice4Level, HighestAddress)
{
    expectFields(mmu::sliceAddress(0xffffffffffffffff, x4()), fields4(511, 511, 511, 511, 0xfff));
    EXPECT_TRUE(x4().isCanonical(0xffffffffffffffff));
}

TEST(AddressSlice4Level, NonCanonicalIsStillSliced)
{
    // 0x0000_8000_0000_0000: bit 47 set but bits 63..48 clear. The fields ignore bits 63..48.
    expectFields(mmu::sliceAddress(0x0000800000000000, x4()), fields4(256, 0, 0, 0, 0));
    EXPECT_FALSE(x4().isCanonical(0x0000800000000000));
}

TEST(AddressSlice4Level, CanonicalBoundaries)
{
    EXPECT_TRUE(x4().isCanonical(0x00007fffffffffff));
    EXPECT_FALSE(x4().isCanonical(0x0000800000000000)); // one above the user half
    EXPECT_FALSE(x4().isCanonical(0xffff7fffffffffff)); // one below the kernel half
    EXPECT_TRUE(x4().isCanonical(0xffff800000000000));
    EXPECT_FALSE(x4().isCanonical(0x0001000000000000)); // bit 48 alone
    EXPECT_FALSE(x4().isCanonical(0x8000000000000000)); // bit 63 alone
    EXPECT_FALSE(x4().isCanonical(0xfffe800000000000)); // bit 48 clear in the kernel half
    EXPECT_FALSE(x4().isCanonical(0xff00000000000000)); // LA57's lowest kernel address
}

TEST(AddressSlice4Level, Canonicalize)
{
    EXPECT_EQ(x4().canonicalize(0x0000800000000000), uint64_t{0xffff800000000000});
    EXPECT_EQ(x4().canonicalize(0x12347fffa1b2c3d4), uint64_t{0x00007fffa1b2c3d4});
    EXPECT_EQ(x4().canonicalize(0xffff800000000000), uint64_t{0xffff800000000000});
}

// ---------------------------------------------------------------------------------------------
// 5-level (LA57)

TEST(AddressSlice5Level, Zero)
{
    expectFields(mmu::sliceAddress(0, x5()), fields5(0, 0, 0, 0, 0, 0));
    EXPECT_TRUE(x5().isCanonical(0));
}

TEST(AddressSlice5Level, WorkedExample)
{
    // Bits 56..48 of 0x00007fff_a1b2_c3d4 are zero; the rest is as in 4-level.
    expectFields(mmu::sliceAddress(0x00007fffa1b2c3d4, x5()), fields5(0, 255, 510, 269, 300, 0x3d4));
    EXPECT_TRUE(x5().isCanonical(0x00007fffa1b2c3d4));
}

TEST(AddressSlice5Level, FourLevelsHighestUserAddress)
{
    // With LA57 0x00007fff_ffff_ffff is an ordinary user address (PML5 index 0).
    expectFields(mmu::sliceAddress(0x00007fffffffffff, x5()), fields5(0, 255, 511, 511, 511, 0xfff));
    EXPECT_TRUE(x5().isCanonical(0x00007fffffffffff));
}

TEST(AddressSlice5Level, HighestCanonicalUserAddress)
{
    expectFields(mmu::sliceAddress(0x00ffffffffffffff, x5()), fields5(255, 511, 511, 511, 511, 0xfff));
    EXPECT_TRUE(x5().isCanonical(0x00ffffffffffffff));
}

TEST(AddressSlice5Level, LowestKernelAddress)
{
    // 0xff00_0000_0000_0000: bit 56 set, bits 55..0 clear → PML5 index 256.
    expectFields(mmu::sliceAddress(0xff00000000000000, x5()), fields5(256, 0, 0, 0, 0, 0));
    EXPECT_TRUE(x5().isCanonical(0xff00000000000000));
}

TEST(AddressSlice5Level, FourLevelKernelAddress)
{
    // 0xffff_8000_0000_0000: bits 56..48 all set (PML5 511), bit 47 set (PML4 256).
    expectFields(mmu::sliceAddress(0xffff800000000000, x5()), fields5(511, 256, 0, 0, 0, 0));
    EXPECT_TRUE(x5().isCanonical(0xffff800000000000));
}

TEST(AddressSlice5Level, NonCanonical)
{
    // 0x0100_0000_0000_0000: bit 56 set but bits 63..57 clear.
    expectFields(mmu::sliceAddress(0x0100000000000000, x5()), fields5(256, 0, 0, 0, 0, 0));
    EXPECT_FALSE(x5().isCanonical(0x0100000000000000));
}

TEST(AddressSlice5Level, CanonicalBoundaries)
{
    EXPECT_TRUE(x5().isCanonical(0x00ffffffffffffff));
    EXPECT_FALSE(x5().isCanonical(0x0100000000000000));
    EXPECT_FALSE(x5().isCanonical(0xfeffffffffffffff));
    EXPECT_TRUE(x5().isCanonical(0xff00000000000000));
    // Non-canonical in 4-level, canonical in 5-level.
    EXPECT_TRUE(x5().isCanonical(0x0000800000000000));
    EXPECT_FALSE(x5().isCanonical(0x0200000000000000)); // bit 57 alone
    EXPECT_FALSE(x5().isCanonical(0x8000000000000000)); // bit 63 alone
}

// ---------------------------------------------------------------------------------------------
// Property: the fields are the documented bit ranges and recompose into the low vaBits.

struct Range {
    int hi;
    int lo;
};

void checkRandomAddresses(const mmu::PagingFormat &f, const std::vector<Range> &ranges, int vaBits, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    const uint64_t lowMask = (uint64_t{1} << vaBits) - 1;
    for (int n = 0; n < 20000; ++n) {
        const uint64_t va = rng();
        const auto fields = mmu::sliceAddress(va, f);
        ASSERT_EQ(fields.size(), ranges.size());
        uint64_t recomposed = 0;
        for (size_t i = 0; i < ranges.size(); ++i) {
            const uint64_t width = static_cast<uint64_t>(ranges[i].hi - ranges[i].lo + 1);
            const uint64_t expected = (va >> ranges[i].lo) & ((uint64_t{1} << width) - 1);
            ASSERT_EQ(fields[i].hi, ranges[i].hi);
            ASSERT_EQ(fields[i].lo, ranges[i].lo);
            ASSERT_EQ(fields[i].value, expected) << "va " << std::hex << va << " field " << fields[i].name;
            recomposed |= fields[i].value << fields[i].lo;
        }
        ASSERT_EQ(recomposed, va & lowMask) << "va " << std::hex << va;

        // Canonical exactly when bits 63..vaBits-1 are all equal.
        const uint64_t top = va >> (vaBits - 1);
        const bool canonical = top == 0 || top == (~uint64_t{0} >> (vaBits - 1));
        ASSERT_EQ(f.isCanonical(va), canonical) << "va " << std::hex << va;
        // Sign-extending the low bits always gives a canonical address.
        const uint64_t low = va & lowMask;
        const uint64_t extended = ((low >> (vaBits - 1)) & 1) ? (low | ~lowMask) : low;
        ASSERT_TRUE(f.isCanonical(extended));
        ASSERT_EQ(f.canonicalize(va), extended);
    }
}

TEST(AddressSliceProperty, FourLevelFieldsRecompose)
{
    checkRandomAddresses(x4(), {{47, 39}, {38, 30}, {29, 21}, {20, 12}, {11, 0}}, 48, 0x6d6d756c6162u);
}

TEST(AddressSliceProperty, FiveLevelFieldsRecompose)
{
    checkRandomAddresses(x5(), {{56, 48}, {47, 39}, {38, 30}, {29, 21}, {20, 12}, {11, 0}}, 57, 0x4c413537u);
}

TEST(AddressSliceProperty, CanonicalRandomAddressesRecompose)
{
    // Random addresses are almost never canonical; also try the sign-extended ones.
    std::mt19937_64 rng(12345);
    for (int n = 0; n < 5000; ++n) {
        const uint64_t low = rng() & ((uint64_t{1} << 48) - 1);
        const uint64_t va = (low >> 47) ? (low | 0xffff000000000000) : low;
        ASSERT_TRUE(x4().isCanonical(va));
        uint64_t recomposed = 0;
        for (const mmu::AddressField &field : mmu::sliceAddress(va, x4()))
            recomposed |= field.value << field.lo;
        ASSERT_EQ(recomposed, low);
    }
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers used next to the slices.

TEST(AddressFormatting, Hex)
{
    EXPECT_EQ(mmu::hex(0), "0x0");
    EXPECT_EQ(mmu::hex(0x7fffa1b2c3d4), "0x7fffa1b2c3d4");
    EXPECT_EQ(mmu::hex(0xffffffffffffffff), "0xffffffffffffffff");
}

TEST(AddressFormatting, HexGrouped)
{
    EXPECT_EQ(mmu::hexGrouped(0x7fffa1b2c3d4, 16), "0x00007fff_a1b2c3d4");
    EXPECT_EQ(mmu::hexGrouped(0xffff800000000000, 16), "0xffff8000_00000000");
    EXPECT_EQ(mmu::hexGrouped(0x3d4, 3), "0x3d4");
}

} // namespace
