<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kauntaa</source>
        <extracomment>(distribution, what it does for Kauntaa, licence) for everything the installers bundle.</extracomment>
        <translation>About Kauntaa</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>The memory of a small shop&apos;s counter. Free software under the GNU GPL, version 3 or later.</source>
        <translation>The memory of a small shop&apos;s counter. Free software under the GNU GPL, version 3 or later.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3. The installed program keeps the Qt libraries as separate files (the _internal folder next to the program), so you can replace them with your own build of the same Qt version; their source code is available from the Qt Project.</source>
        <translation>Qt and PySide6 are used under the GNU LGPL version 3. The installed program keeps the Qt libraries as separate files (the _internal folder next to the program), so you can replace them with your own build of the same Qt version; their source code is available from the Qt Project.</translation>
    </message>
    <message>
        <source>Included software</source>
        <translation>Included software</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>led to work</source>
        <translation>led to work</translation>
    </message>
    <message>
        <source>became friends</source>
        <translation>became friends</translation>
    </message>
    <message>
        <source>a collaboration</source>
        <translation>a collaboration</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>the owner</translation>
    </message>
    <message>
        <source>Introduce to %1 next time</source>
        <translation>Introduce to %1 next time</translation>
    </message>
    <message>
        <source>Introduced to %1 by %2, %3</source>
        <translation>Introduced to %1 by %2, %3</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Usual</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>last %1</translation>
    </message>
    <message>
        <source>usually every %1 days</source>
        <translation>usually every %1 days</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Does</translation>
    </message>
    <message>
        <source>Can offer</source>
        <translation>Can offer</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Looking for</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Circles</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Introductions</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading (furigana)</source>
        <translation>Reading (furigana)</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>Romaji</translation>
    </message>
    <message>
        <source>What to call them</source>
        <translation>What to call them</translation>
    </message>
    <message>
        <source>Usual order</source>
        <translation>Usual order</translation>
    </message>
    <message>
        <source>Occupation / what they do</source>
        <translation>Occupation / what they do</translation>
    </message>
    <message>
        <source>Can offer</source>
        <translation>Can offer</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Looking for</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>Birthday known</translation>
    </message>
    <message>
        <source>Agreed to receive the newsletter</source>
        <translation>Agreed to receive the newsletter</translation>
    </message>
    <message>
        <source>Do not introduce to others</source>
        <translation>Do not introduce to others</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This file is not an image Kauntaa can read.</source>
        <translation>This file is not an image Kauntaa can read.</translation>
    </message>
    <message>
        <source>Press Save again to add anyway.</source>
        <translation>Press Save again to add anyway.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Add anyway</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Sundays</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kauntaa</source>
        <translation>Kauntaa</translation>
    </message>
    <message>
        <source>Welcome to Kauntaa</source>
        <translation>Welcome to Kauntaa</translation>
    </message>
    <message>
        <source>Load a demo café with made-up regulars to look around, or start with an empty shop.</source>
        <translation>Load a demo café with made-up regulars to look around, or start with an empty shop.</translation>
    </message>
    <message>
        <source>Load the demo café</source>
        <translation>Load the demo café</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Name, reading or romaji…</source>
        <translation>Name, reading or romaji…</translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <extracomment>When the window was first on screen (perf_counter), for start-up figures.</extracomment>
        <translation>Opening the shop…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Most recent visitors</source>
        <translation>Most recent visitors</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Un&amp;archive</translation>
    </message>
    <message>
        <source>Nobody matches. Press Ctrl+N to add a new customer.</source>
        <translation>Nobody matches. Press Ctrl+N to add a new customer.</translation>
    </message>
    <message>
        <source>Type two or three letters of a name: kana, kanji or romaji.</source>
        <translation>Type two or three letters of a name: kana, kanji or romaji.</translation>
    </message>
    <message>
        <source>Visit recorded: %1  %2</source>
        <translation>Visit recorded: %1  %2</translation>
    </message>
    <message>
        <source>Introduce to %1</source>
        <translation>Introduce to %1</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>Archive %1? The card stays, but leaves the lists. Ctrl+Z undoes it.</source>
        <translation>Archive %1? The card stays, but leaves the lists. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Delete %1 completely, with every note, visit and introduction? Ctrl+Z can undo it until Kauntaa is closed.</source>
        <translation>Delete %1 completely, with every note, visit and introduction? Ctrl+Z can undo it until Kauntaa is closed.</translation>
    </message>
    <message>
        <source>In the shop now</source>
        <translation>In the shop now</translation>
    </message>
    <message>
        <source>Nobody has checked in in the last two hours</source>
        <translation>Nobody has checked in in the last two hours</translation>
    </message>
    <message>
        <source>Making the demo café…</source>
        <translation>Making the demo café…</translation>
    </message>
    <message>
        <source>The data file reports damage (%1). Take a backup now (File ▸ Back up now), then close Kauntaa and keep the backups folder safe: %2</source>
        <translation>The data file reports damage (%1). Take a backup now (File ▸ Back up now), then close Kauntaa and keep the backups folder safe: %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1
The details are in the log: %2</source>
        <translation>Something went wrong: %1
The details are in the log: %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>A note… (Ctrl+Enter saves)</source>
        <translation>A note… (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>&amp;Edit card…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation>Record &amp;visit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;About Kauntaa</source>
        <translation>&amp;About Kauntaa</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>delete note</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>new customer</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>unarchive</source>
        <translation>unarchive</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
</context>
</TS>
