<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Cli</name>
    <message>
        <source>The data was written by a newer version of CĐTT Desktop (schema {found}); this version knows up to {known}. Please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the data folder: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is not set up yet: run &apos;cdtt init&apos; or start the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder set up: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data added: {count} activities, {units} grassroots unions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} activities from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} activities to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part of CĐTT Desktop is coming in a later version. Everything you log now will be available to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This data folder was written by a newer version of CĐTT Desktop (schema {found}; this version knows up to {known}). Nothing was changed. Please install the newer version.

{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file cannot be opened. Nothing was changed.

{path}

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CĐTT Desktop cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. What you saved is safe; the last action may not have finished.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models &amp; exemplars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union Homes (Mái ấm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send upward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns now and in the coming weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign in the coming weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} characters (now {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number, for example 1.500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as dd/mm/yyyy, for example 05/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be before {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be later than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link must start with http:// or https://, for example https://laodong.vn/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use capital letters and digits, groups joined by &apos;-&apos;, for example LĐLĐ or CĐ-KCN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the known values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV or Excel (.xlsx) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel and save it as .xlsx, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must hold the column names (for example Ngày, Tiêu đề, Kênh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded with each change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing form (TM., KT. …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window position and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
