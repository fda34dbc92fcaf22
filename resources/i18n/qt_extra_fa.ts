<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  What Qt's own Persian translation (qtbase_fa.qm) leaves in English in the dialogs the
  program opens (file dialog, print dialog, message boxes), and two of its words made
  plainer. Loaded after qtbase_fa.qm by qotb_desktop/gui/language.py, so it wins.
  Compiled by:  pyside6-lrelease resources/i18n/qt_extra_fa.ts -qm resources/i18n/qt_extra_fa.qm
  (tests/gui/test_files_and_language.py fails while the .qm is stale).
-->
<TS version="2.1" language="fa_IR">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;خیر</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>کنار گذاشتن</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع پرونده:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>درایو</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>پوشه</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>چاپ دورو</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>یک‌رو</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>دورو، صحافی از لبهٔ بلند</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>دورو، صحافی از لبهٔ کوتاه</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;کدام صفحه‌ها:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>شماره صفحه‌ها یا بازه‌ها را با ویرگول جدا کنید؛ بازه دو شماره است با خط تیره میان آن‌ها. نمونه: ‎3,5-7,9‎ صفحه‌های ۳، ۵، ۶، ۷ و ۹ را چاپ می‌کند.</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;ترتیب صفحه‌ها:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>&amp;صفحه در هر برگ:</translation>
    </message>
</context>
</TS>
