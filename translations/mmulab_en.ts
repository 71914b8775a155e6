<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>views::CycleView</name>
    <message numerus="yes">
        <source>%L1 of %Ln cycle(s) so far</source>
        <translation>
            <numerusform>%L1 of %Ln cycle so far</numerusform>
            <numerusform>%L1 of %Ln cycles so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PlaybackBar</name>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n step/s</numerusform>
            <numerusform>%n steps/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::StepNarrator</name>
    <message numerus="yes">
        <source>Read %1[%2] at %3 + %2 × %4 = %5 (from %6, %Ln cycle(s)).</source>
        <translation>
            <numerusform>Read %1[%2] at %3 + %2 × %4 = %5 (from %6, %Ln cycle).</numerusform>
            <numerusform>Read %1[%2] at %3 + %2 × %4 = %5 (from %6, %Ln cycles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The walker sets the Accessed and Dirty bits in the %1 entry (a write to %2, %Ln cycle(s)).</source>
        <translation>
            <numerusform>The walker sets the Accessed and Dirty bits in the %1 entry (a write to %2, %Ln cycle).</numerusform>
            <numerusform>The walker sets the Accessed and Dirty bits in the %1 entry (a write to %2, %Ln cycles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The walker sets the Accessed bit in the %1 entry (a write to %2, %Ln cycle(s)).</source>
        <translation>
            <numerusform>The walker sets the Accessed bit in the %1 entry (a write to %2, %Ln cycle).</numerusform>
            <numerusform>The walker sets the Accessed bit in the %1 entry (a write to %2, %Ln cycles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3 page), %Ln cycle(s)</source>
        <translation>
            <numerusform>%1 → %2 (%3 page), %Ln cycle</numerusform>
            <numerusform>%1 → %2 (%3 page), %Ln cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: page fault, %2 entry not present, %Ln cycle(s)</source>
        <translation>
            <numerusform>%1: page fault, %2 entry not present, %Ln cycle</numerusform>
            <numerusform>%1: page fault, %2 entry not present, %Ln cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: protection fault (%2), %Ln cycle(s)</source>
        <translation>
            <numerusform>%1: protection fault (%2), %Ln cycle</numerusform>
            <numerusform>%1: protection fault (%2), %Ln cycles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::WalkView</name>
    <message numerus="yes">
        <source>%1, %Ln cycle(s)</source>
        <translation>
            <numerusform>%1, %Ln cycle</numerusform>
            <numerusform>%1, %Ln cycles</numerusform>
        </translation>
    </message>
</context>
</TS>
