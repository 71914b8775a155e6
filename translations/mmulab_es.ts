<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>mmulab — address translation laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paging format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a virtual address and press Return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About mmulab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About mmulab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;mmulab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A laboratory for virtual memory address translation.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::AddressEntry</name>
    <message>
        <source>Virtual address, e.g. 0x7fff_a1b2_c3d4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a hexadecimal virtual address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: hex digits must follow “0x”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: “%2” is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: a digit separator must stand between two hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: bit %2 is set, but %3 addresses have %4 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not canonical: bits %1..%2 must all equal bit %3, so this access raises a general-protection fault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views::BitSliceView</name>
    <message>
        <source>Address bit fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign extension — NOT canonical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views::StepListView</name>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views::StepNarrator</name>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instruction fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user mode may not touch a supervisor page (U/S = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is read-only (R/W = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is not executable (NX = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is canonical: bits %1..%2 repeat bit %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not canonical: bits %1..%2 do not all equal bit %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1[%2] at %3 + %2 × %4 = %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not present (P = 0): the walk stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It maps a %1 page at %2; the walk ends here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It points to the next table at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walker sets the Accessed and Dirty bits in the %1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walker sets the Accessed bit in the %1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General-protection fault (#GP): a non-canonical address is never translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page fault (#PF): the %1 entry is not present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page fault (#PF, protection): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical address = page frame + offset = %1 (%2 page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3 page), %4 cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: general-protection fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page fault, %2 entry not present, %3 cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: protection fault (%2), %3 cycles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
