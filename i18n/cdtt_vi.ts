<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Lưu (Ctrl+S hoặc Ctrl+Enter)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* bắt buộc</translation>
    </message>
    <message>
        <source>There is unsaved text from {time} for this activity (the program was closed before it was saved). Restore it?</source>
        <translation>Có nội dung nhập lúc {time} cho hoạt động này chưa được lưu (chương trình đã bị đóng trước khi lưu). Khôi phục lại?</translation>
    </message>
    <message>
        <source>Someone saved this activity after you opened it (on this computer, or by an import). What you typed is still here.

Save your version over theirs?</source>
        <translation>Hoạt động này đã được lưu ở nơi khác sau khi anh/chị mở ra (trên máy này hoặc do nhập từ tệp). Nội dung anh/chị đã nhập vẫn được giữ nguyên.

Lưu nội dung của anh/chị thay cho bản đó?</translation>
    </message>
    <message>
        <source>This activity was deleted while you were editing it. What you typed is still here.

Save it as a new activity?</source>
        <translation>Hoạt động này đã bị xóa trong lúc anh/chị đang sửa. Nội dung anh/chị đã nhập vẫn được giữ nguyên.

Lưu thành một hoạt động mới?</translation>
    </message>
    <message>
        <source>Not saved. What you typed is still here.</source>
        <translation>Chưa lưu. Nội dung anh/chị đã nhập vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Close without saving? What you typed in this activity will be lost.</source>
        <translation>Đóng mà không lưu? Nội dung vừa nhập cho hoạt động này sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>Search titles, outlets, links and notes (Ctrl+F)</source>
        <translation>Tìm theo tiêu đề, nơi đăng, đường dẫn, ghi chú (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Từ ngày … đến ngày …</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tất cả các kênh</translation>
    </message>
    <message>
        <source>All content groups</source>
        <translation>Tất cả nhóm nội dung</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Tất cả chiến dịch</translation>
    </message>
    <message>
        <source>All grassroots unions</source>
        <translation>Tất cả CĐCS</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>— none —</source>
        <translation>— Không chọn —</translation>
    </message>
    <message>
        <source>What was done, e.g. Dialogue with workers on wages</source>
        <translation>Nội dung hoạt động, ví dụ: Đối thoại với người lao động về tiền lương</translation>
    </message>
    <message>
        <source>Suggested from the date</source>
        <translation>Gợi ý theo ngày</translation>
    </message>
    <message>
        <source>e.g. Báo Lao động điện tử, the unit&apos;s Facebook page</source>
        <translation>Ví dụ: Báo Lao động điện tử, trang Facebook của đơn vị</translation>
    </message>
    <message>
        <source>e.g. 1.500</source>
        <translation>ví dụ 1.500</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Ngày *</translation>
    </message>
    <message>
        <source>Channel *</source>
        <translation>Kênh *</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Tiêu đề *</translation>
    </message>
    <message>
        <source>Content group</source>
        <translation>Nhóm nội dung</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Outlet / page</source>
        <translation>Nơi đăng / trang</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>CĐCS</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>Reach (views, readers)</source>
        <translation>Lượt tiếp cận (xem, đọc)</translation>
    </message>
    <message>
        <source>Interactions (likes, shares)</source>
        <translation>Lượt tương tác (thích, chia sẻ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>— choose a channel —</source>
        <translation>— Chọn kênh —</translation>
    </message>
    <message>
        <source>— no campaign —</source>
        <translation>— Không thuộc chiến dịch —</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Log a new activity (Ctrl+N)</source>
        <translation>Ghi một hoạt động mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Edit the selected activity (Enter)</source>
        <translation>Sửa hoạt động đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move the selected activities to the trash (Delete)</source>
        <translation>Chuyển các hoạt động đang chọn vào thùng rác (Delete)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Import activities from an Excel (.xlsx) or CSV file</source>
        <translation>Nhập hoạt động từ tệp Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Save the activities shown (filtered) as .xlsx or .csv</source>
        <translation>Lưu danh sách đang hiển thị (theo bộ lọc) ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>Show deleted activities, to restore them</source>
        <translation>Xem các hoạt động đã xóa để khôi phục</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message>
        <source>Log the first activity</source>
        <translation>Ghi hoạt động đầu tiên</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Moved {count} activities to the trash.</source>
        <translation>Đã chuyển {count} hoạt động vào thùng rác.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>{count} hoạt động trong thùng rác</translation>
    </message>
    <message>
        <source>Activities: {count} · participants: {people}</source>
        <translation>{count} hoạt động · {people} người tham dự</translation>
    </message>
    <message>
        <source>Nothing in the trash matches.</source>
        <translation>Không có mục nào trong thùng rác khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>No activity matches the search and filters.</source>
        <translation>Không có hoạt động nào khớp với nội dung tìm kiếm và bộ lọc.</translation>
    </message>
    <message>
        <source>No activities logged yet.

Log what your unit does: news sent to the union press, posts on the unit&apos;s page, meetings and contests at grassroots unions.</source>
        <translation>Chưa có hoạt động nào.

Hãy ghi lại công tác truyền thông của đơn vị: tin bài gửi báo Công đoàn, bài đăng trên trang của đơn vị, các buổi tuyên truyền, hội thi tại công đoàn cơ sở.</translation>
    </message>
    <message>
        <source>Trash: deleted activities</source>
        <translation>Thùng rác: các hoạt động đã xóa</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Quay lại danh sách</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Restored {count} activities.</source>
        <translation>Đã khôi phục {count} hoạt động.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Deleted {count} activities permanently.</source>
        <translation>Đã xóa vĩnh viễn {count} hoạt động.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Moved to the trash on {date}</source>
        <translation>Đã chuyển vào thùng rác ngày {date}</translation>
    </message>
    <message>
        <source>{count} attached files</source>
        <translation>{count} tệp đính kèm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Content group</source>
        <translation>Nhóm ND</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>CĐCS</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Attached files (photos, scans)</source>
        <translation>Tệp đính kèm (ảnh, bản chụp)</translation>
    </message>
    <message>
        <source>Reach: views, readers or people reached</source>
        <translation>Lượt tiếp cận: lượt xem, lượt đọc hoặc số người được tiếp cận</translation>
    </message>
    <message>
        <source>Number of people taking part</source>
        <translation>Số người tham dự</translation>
    </message>
</context>
<context>
    <name>ActivityTransfer</name>
    <message>
        <source>Import activities</source>
        <translation>Nhập hoạt động</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv);;Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported {count} activities.</source>
        <translation>Đã nhập {count} hoạt động.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} activities to {file}.</source>
        <translation>Đã xuất {count} hoạt động ra tệp {file}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>The list could not be exported: {reason}</source>
        <translation>Không xuất được danh sách: {reason}</translation>
    </message>
</context>
<context>
    <name>ActivityTrash</name>
    <message>
        <source>Move &quot;{title}&quot; to the trash?

You can restore it from the trash later.</source>
        <translation>Chuyển “{title}” vào thùng rác?

Anh/chị có thể khôi phục lại từ thùng rác.</translation>
    </message>
    <message>
        <source>Move {count} activities to the trash?

You can restore them from the trash later.</source>
        <translation>Chuyển {count} hoạt động vào thùng rác?

Anh/chị có thể khôi phục lại từ thùng rác.</translation>
    </message>
    <message>
        <source>Delete activities</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <source>Delete {count} activities permanently?

They will be removed from this computer for good. This cannot be undone.</source>
        <translation>Xóa vĩnh viễn {count} hoạt động?

Các hoạt động này sẽ bị xóa hẳn khỏi máy. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Last check: {count} activities will be destroyed and can never be restored. Delete them permanently?</source>
        <translation>Xác nhận lần cuối: {count} hoạt động sẽ bị xóa hẳn và không bao giờ khôi phục được. Xóa vĩnh viễn?</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Or drag photos and files onto this window. At most {limit} MB a file.</source>
        <translation>Hoặc kéo thả ảnh, tệp vào cửa sổ này. Mỗi tệp tối đa {limit} MB.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was not attached: it is {size} MB, more than the {limit} MB allowed for one file. Attach a smaller copy (for example a resized photo).</source>
        <translation>Chưa đính kèm “{name}”: tệp nặng {size} MB, vượt mức tối đa {limit} MB cho mỗi tệp. Hãy đính kèm bản nhỏ hơn (ví dụ ảnh đã thu nhỏ).</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was not attached: it cannot be read (it may have been moved, be open in another program, or be a folder).</source>
        <translation>Chưa đính kèm “{name}”: không đọc được tệp (có thể tệp đã bị chuyển đi, đang mở trong chương trình khác, hoặc là một thư mục).</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.mp4);;All files (*)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.mp4);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The data was written by a newer version of CĐTT Desktop (schema {found}); this version knows up to {known}. Please update the application.</source>
        <translation>Dữ liệu được ghi bởi phiên bản CĐTT Desktop mới hơn (lược đồ {found}); phiên bản này chỉ đọc được đến {known}. Vui lòng cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>Cannot open the data folder: {reason}</source>
        <translation>Không mở được thư mục dữ liệu: {reason}</translation>
    </message>
    <message>
        <source>This data folder is not set up yet: run &apos;cdtt init&apos; or start the application.</source>
        <translation>Thư mục dữ liệu này chưa được thiết lập: hãy chạy &apos;cdtt init&apos; hoặc mở ứng dụng.</translation>
    </message>
    <message>
        <source>Data folder set up: {path}</source>
        <translation>Đã thiết lập thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Demo data added: {count} activities, {units} grassroots unions.</source>
        <translation>Đã thêm dữ liệu mẫu: {count} hoạt động, {units} công đoàn cơ sở.</translation>
    </message>
    <message>
        <source>Imported {count} activities from {file}.</source>
        <translation>Đã nhập {count} hoạt động từ {file}.</translation>
    </message>
    <message>
        <source>Exported {count} activities to {file}.</source>
        <translation>Đã xuất {count} hoạt động ra {file}.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This part of CĐTT Desktop is coming in a later version. Everything you log now will be available to it.</source>
        <translation>Phần này của CĐTT Desktop sẽ có trong phiên bản sau. Mọi dữ liệu anh/chị nhập bây giờ đều sẽ được dùng tiếp.</translation>
    </message>
</context>
<context>
    <name>CopyPlanDialog</name>
    <message>
        <source>Copy the plan to a new year</source>
        <translation>Sao chép kế hoạch sang năm mới</translation>
    </message>
    <message>
        <source>The plan of {year}, as edited, is copied: campaign dates keep their day and month. You can then edit the new year&apos;s plan.</source>
        <translation>Kế hoạch năm {year} (kể cả những chỗ đã sửa) sẽ được sao chép; thời gian các chiến dịch giữ nguyên ngày và tháng. Sau đó có thể chỉnh sửa kế hoạch của năm mới.</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>Sao chép sang năm</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This data folder was written by a newer version of CĐTT Desktop (schema {found}; this version knows up to {known}). Nothing was changed. Please install the newer version.

{path}</source>
        <translation>Thư mục dữ liệu này được ghi bởi phiên bản CĐTT Desktop mới hơn (lược đồ {found}; phiên bản này chỉ đọc được đến {known}). Không có gì bị thay đổi. Vui lòng cài phiên bản mới hơn.

{path}</translation>
    </message>
    <message>
        <source>The data file cannot be opened. Nothing was changed.

{path}

{reason}</source>
        <translation>Không mở được tệp dữ liệu. Không có gì bị thay đổi.

{path}

{reason}</translation>
    </message>
    <message>
        <source>CĐTT Desktop cannot start</source>
        <translation>CĐTT Desktop không khởi động được</translation>
    </message>
    <message>
        <source>Something went wrong. What you saved is safe; the last action may not have finished.

{error}</source>
        <translation>Đã xảy ra lỗi. Dữ liệu đã lưu vẫn an toàn; thao tác vừa rồi có thể chưa hoàn tất.

{error}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
</context>
<context>
    <name>GrassrootsPage</name>
    <message>
        <source>Grassroots unions (CĐCS)</source>
        <translation>Công đoàn cơ sở (CĐCS)</translation>
    </message>
    <message>
        <source>The grassroots unions your unit oversees, with their member counts. Type them in or import a list from a CSV or Excel file; you can also add them later in Settings.</source>
        <translation>Các công đoàn cơ sở do đơn vị quản lý, kèm số đoàn viên. Nhập trực tiếp hoặc nhập danh sách từ tệp CSV hay Excel; cũng có thể bổ sung sau trong phần Cài đặt.</translation>
    </message>
</context>
<context>
    <name>GrassrootsTable</name>
    <message>
        <source>Name *</source>
        <translation>Tên CĐCS *</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số đoàn viên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xóa dòng đã chọn</translation>
    </message>
    <message>
        <source>Import from CSV/XLSX…</source>
        <translation>Nhập từ tệp CSV/XLSX…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên CĐCS</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Dòng {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>Import grassroots unions</source>
        <translation>Nhập danh sách CĐCS</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx)</source>
        <translation>Danh sách (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Không đọc được tệp: {reason}</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated.</source>
        <translation>{file}: thêm {added}, cập nhật {updated}.</translation>
    </message>
    <message>
        <source>{count} row(s) of the file were not taken; see below.</source>
        <translation>{count} dòng trong tệp chưa được nhận; xem chi tiết bên dưới.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import activities</source>
        <translation>Nhập hoạt động từ tệp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Content group</source>
        <translation>Nhóm nội dung</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Press outlet / page</source>
        <translation>Cơ quan báo chí / trang</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>CĐCS</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Lượt tương tác</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Code (Mã)</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Import activities from “{file}”</source>
        <translation>Nhập hoạt động từ tệp “{file}”</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Các dòng đầu của tệp</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Which column holds each field (* must be chosen)</source>
        <translation>Chọn cột tương ứng với từng thông tin (mục có dấu * là bắt buộc)</translation>
    </message>
    <message>
        <source>{count} rows found. Check which column holds each field, then press Import. If any row has a problem, nothing is imported.</source>
        <translation>Tệp có {count} dòng. Kiểm tra cột tương ứng với từng thông tin rồi bấm Nhập. Nếu có dòng bị lỗi thì sẽ không nhập dòng nào.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— không có trong tệp —</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Hãy chọn cột cho: {fields}</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>Đang kiểm tra và nhập…</translation>
    </message>
    <message>
        <source>Imported {count} activities.</source>
        <translation>Đã nhập {count} hoạt động.</translation>
    </message>
    <message>
        <source>Updated {count} activities already in the log.</source>
        <translation>Đã cập nhật {count} hoạt động đã có trong nhật ký hoạt động.</translation>
    </message>
    <message>
        <source>Skipped {count} rows already in the log.</source>
        <translation>Bỏ qua {count} dòng đã có trong nhật ký hoạt động.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the file (or the column choice) and press Import again.</source>
        <translation>Chưa nhập dữ liệu nào. Hãy sửa tệp (hoặc chọn lại cột) rồi bấm Nhập lần nữa.</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Lỗi ({count})</translation>
    </message>
</context>
<context>
    <name>ImportProblemsView</name>
    <message>
        <source>Save the list of problems…</source>
        <translation>Lưu danh sách lỗi…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Lưu danh sách lỗi</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Không ghi được tệp: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Models &amp; exemplars</source>
        <translation>Mô hình &amp; gương</translation>
    </message>
    <message>
        <source>Union Homes (Mái ấm)</source>
        <translation>Mái ấm Công đoàn</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Send upward</source>
        <translation>Gửi lên cấp trên</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>This year by channel</source>
        <translation>Năm nay theo kênh</translation>
    </message>
    <message>
        <source>Campaigns now and in the coming weeks</source>
        <translation>Chiến dịch đang và sắp diễn ra</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This year ({year})</source>
        <translation>Năm nay ({year})</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Grassroots unions</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>No campaign in the coming weeks.</source>
        <translation>Không có chiến dịch nào trong những tuần tới.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tuần</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quý</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Plan of the year</source>
        <translation>Kế hoạch năm</translation>
    </message>
    <message>
        <source>Copy to a new year…</source>
        <translation>Sao chép sang năm mới…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <source>Theme of the year</source>
        <translation>Chủ đề năm</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Thông điệp truyền thông</translation>
    </message>
    <message>
        <source>Save title, theme and message</source>
        <translation>Lưu tên, chủ đề và thông điệp</translation>
    </message>
</context>
<context>
    <name>PlanPartsTabs</name>
    <message>
        <source>Campaigns</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kênh truyền thông</translation>
    </message>
    <message>
        <source>Content groups</source>
        <translation>Nhóm nội dung</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung chỉ tiêu</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Each</source>
        <translation>Mỗi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Content group</source>
        <translation>Nhóm nội dung</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Nơi đăng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Code (links the years)</source>
        <translation>Mã (để nối các năm)</translation>
    </message>
    <message>
        <source>Number, e.g. 1.5</source>
        <translation>Số hiệu, ví dụ 1.5</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Delete “{name}” from the plan of {year}?</source>
        <translation>Xóa “{name}” khỏi kế hoạch năm {year}?</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>This field is required.</source>
        <translation>Không được để trống.</translation>
    </message>
    <message>
        <source>At most {limit} characters (now {length}).</source>
        <translation>Tối đa {limit} ký tự (hiện có {length}).</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 1.500.</source>
        <translation>Nhập số nguyên, ví dụ 1.500.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Số không được âm.</translation>
    </message>
    <message>
        <source>The number is too large (at most {limit}).</source>
        <translation>Số quá lớn (tối đa {limit}).</translation>
    </message>
    <message>
        <source>Enter a date as dd/mm/yyyy, for example 05/03/2026.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2026.</translation>
    </message>
    <message>
        <source>The date cannot be before {limit}.</source>
        <translation>Ngày không được trước {limit}.</translation>
    </message>
    <message>
        <source>The date cannot be later than {limit}.</source>
        <translation>Ngày không được sau {limit}.</translation>
    </message>
    <message>
        <source>A link must start with http:// or https://, for example https://laodong.vn/...</source>
        <translation>Đường dẫn phải bắt đầu bằng http:// hoặc https://, ví dụ https://laodong.vn/...</translation>
    </message>
    <message>
        <source>Use capital letters and digits, groups joined by &apos;-&apos;, for example LĐLĐ or CĐ-KCN.</source>
        <translation>Dùng chữ in hoa và chữ số, các nhóm nối bằng dấu &apos;-&apos;, ví dụ LĐLĐ hoặc CĐ-KCN.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the known values.</source>
        <translation>&apos;{value}&apos; không có trong danh sách.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Không đọc được tệp: {reason}</translation>
    </message>
    <message>
        <source>This is not a CSV or Excel (.xlsx) file.</source>
        <translation>Đây không phải là tệp CSV hoặc Excel (.xlsx).</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel and save it as .xlsx, then try again.</source>
        <translation>Đây là tệp Excel kiểu cũ (.xls). Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp không có dữ liệu.</translation>
    </message>
    <message>
        <source>The first row must hold the column names (for example Ngày, Tiêu đề, Kênh).</source>
        <translation>Dòng đầu tiên phải là tên các cột (ví dụ: Ngày, Tiêu đề, Kênh).</translation>
    </message>
    <message>
        <source>The file name must end in .csv or .xlsx (now “{name}”).</source>
        <translation>Tên tệp phải có đuôi .csv hoặc .xlsx (hiện là “{name}”).</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Không ghi được tệp: {reason}</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>Tệp có hơn {limit} dòng; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Enter a whole number greater than 0.</source>
        <translation>Nhập một số nguyên lớn hơn 0.</translation>
    </message>
    <message>
        <source>The campaign must start within the plan&apos;s year {year}.</source>
        <translation>Chiến dịch phải bắt đầu trong năm {year} của kế hoạch.</translation>
    </message>
    <message>
        <source>The campaign must end by {limit} at the latest (the first quarter of the next year).</source>
        <translation>Chiến dịch phải kết thúc chậm nhất vào ngày {limit} (quý I năm sau).</translation>
    </message>
    <message>
        <source>Use a group number such as 1.4.</source>
        <translation>Nhập số hiệu nhóm, ví dụ 1.4.</translation>
    </message>
    <message>
        <source>Use lower-case letters without accents, digits and &apos;_&apos;, for example union_press.</source>
        <translation>Chỉ dùng chữ thường không dấu, chữ số và dấu &apos;_&apos;, ví dụ union_press.</translation>
    </message>
    <message>
        <source>The code {code} is already used in this plan.</source>
        <translation>Mã {code} đã được dùng trong kế hoạch này.</translation>
    </message>
    <message>
        <source>Another channel of this plan already has this name.</source>
        <translation>Kế hoạch này đã có một kênh khác trùng tên.</translation>
    </message>
    <message>
        <source>Enter a year between {first} and {last}.</source>
        <translation>Nhập năm trong khoảng từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>There is already a plan for {year}.</source>
        <translation>Đã có kế hoạch năm {year}.</translation>
    </message>
    <message>
        <source>There is no plan for {year}.</source>
        <translation>Chưa có kế hoạch năm {year}.</translation>
    </message>
    <message>
        <source>{count} activities use this item, so it cannot be deleted. Move them to another one first.</source>
        <translation>Có {count} hoạt động đang dùng mục này nên không xóa được. Hãy chuyển các hoạt động đó sang mục khác trước.</translation>
    </message>
    <message>
        <source>{count} targets of the plan use this item, so it cannot be deleted. Change them first.</source>
        <translation>Có {count} chỉ tiêu của kế hoạch đang dùng mục này nên không xóa được. Hãy sửa các chỉ tiêu đó trước.</translation>
    </message>
    <message>
        <source>“{value}” is not a channel of the {year} plan.</source>
        <translation>“{value}” không phải là kênh trong kế hoạch năm {year}.</translation>
    </message>
    <message>
        <source>“{value}” is not a content group of the {year} plan.</source>
        <translation>“{value}” không phải là nhóm nội dung trong kế hoạch năm {year}.</translation>
    </message>
    <message>
        <source>“{value}” is not a campaign of the {year} plan.</source>
        <translation>“{value}” không phải là chiến dịch trong kế hoạch năm {year}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of your grassroots unions; add it in Settings first.</source>
        <translation>“{value}” không có trong danh sách CĐCS của đơn vị; hãy thêm CĐCS này trong phần Cài đặt trước.</translation>
    </message>
    <message>
        <source>“{name}” is already listed in row {row}.</source>
        <translation>“{name}” đã có ở dòng {row}.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Dòng {row}, cột “{column}”: {message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Dòng {row}: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Chưa nhập dữ liệu nào: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems} problem(s) in {rows} of {total} row(s). Correct the file and import it again.</source>
        <translation>Chưa nhập dữ liệu nào: có {problems} lỗi ở {rows} trên tổng số {total} dòng. Hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>The file has no column for: {columns}.</source>
        <translation>Tệp thiếu cột: {columns}.</translation>
    </message>
    <message>
        <source>The file has column names but no rows below them.</source>
        <translation>Tệp chỉ có dòng tên cột, không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <source>A story for publication needs at least one photo.</source>
        <translation>Bài giới thiệu để đăng báo cần ít nhất một ảnh.</translation>
    </message>
    <message>
        <source>Record the consent of at least one person shown (or of the person this story is about).</source>
        <translation>Ghi nhận sự đồng ý của ít nhất một người xuất hiện trong hồ sơ (hoặc của chính người được giới thiệu).</translation>
    </message>
    <message>
        <source>{name} agreed to internal use only, but the story is marked for publication.</source>
        <translation>{name} chỉ đồng ý sử dụng nội bộ, nhưng hồ sơ đang được đánh dấu để đăng báo.</translation>
    </message>
    <message>
        <source>Each consent needs the person&apos;s name and the date it was given.</source>
        <translation>Mỗi sự đồng ý cần ghi họ tên người đồng ý và ngày đồng ý.</translation>
    </message>
    <message>
        <source>Give at least one figure for the results (beneficiaries, money, members recruited or hours saved).</source>
        <translation>Nêu ít nhất một con số kết quả (số người hưởng lợi, số tiền, số đoàn viên kết nạp hoặc số giờ tiết kiệm).</translation>
    </message>
    <message>
        <source>A story that is “{current}” cannot become “{target}”.</source>
        <translation>Hồ sơ đang ở trạng thái “{current}” không thể chuyển sang “{target}”.</translation>
    </message>
    <message>
        <source>Say what must be completed: a comment is required to return a story.</source>
        <translation>Hãy ghi rõ cần bổ sung gì: trả lại hồ sơ phải có ý kiến.</translation>
    </message>
    <message>
        <source>Only a draft can be changed; this story is “{status}”.</source>
        <translation>Chỉ sửa được hồ sơ nháp; hồ sơ này đang ở trạng thái “{status}”.</translation>
    </message>
    <message>
        <source>Choose what the story is about: a practice, a person or a collective.</source>
        <translation>Chọn loại hồ sơ: mô hình/cách làm, cá nhân hay tập thể.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Your name (recorded with each change)</source>
        <translation>Họ tên của anh/chị (ghi kèm mỗi thay đổi)</translation>
    </message>
    <message>
        <source>Signer&apos;s full name</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signing form (TM., KT. …)</source>
        <translation>Thể thức ký (TM., KT. …)</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Dung lượng tệp đính kèm tối đa (MB)</translation>
    </message>
    <message>
        <source>Set-up finished</source>
        <translation>Đã thiết lập xong</translation>
    </message>
    <message>
        <source>Window position and size</source>
        <translation>Vị trí và kích thước cửa sổ</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Bố cục cửa sổ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Grassroots unions</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của anh/chị</translation>
    </message>
    <message>
        <source>Signer and officer</source>
        <translation>Người ký và cán bộ phụ trách</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>The window changes language at once. Documents are always in Vietnamese.</source>
        <translation>Giao diện đổi ngôn ngữ ngay lập tức. Văn bản xuất ra luôn bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Dung lượng tệp đính kèm tối đa</translation>
    </message>
    <message>
        <source>A larger photo or scan is refused with a message before anything is saved.</source>
        <translation>Ảnh hoặc bản quét lớn hơn sẽ bị từ chối kèm thông báo, trước khi lưu bất cứ thứ gì.</translation>
    </message>
    <message>
        <source>{count} grassroots unions</source>
        <translation>{count} công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Chưa lưu: hãy sửa các ô có thông báo màu đỏ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Not saved: correct the rows listed below the table.</source>
        <translation>Chưa lưu: hãy sửa các dòng được liệt kê dưới bảng.</translation>
    </message>
    <message>
        <source>Save your unit first.</source>
        <translation>Hãy lưu thông tin đơn vị trước.</translation>
    </message>
    <message>
        <source>Saved {count} grassroots unions.</source>
        <translation>Đã lưu {count} công đoàn cơ sở.</translation>
    </message>
    <message>
        <source>Remove grassroots unions?</source>
        <translation>Xóa công đoàn cơ sở?</translation>
    </message>
    <message>
        <source>Remove these grassroots unions from the list? Activities already logged for them are kept.

{names}</source>
        <translation>Xóa các công đoàn cơ sở này khỏi danh sách? Các hoạt động đã ghi cho họ vẫn được giữ lại.

{names}</translation>
    </message>
    <message>
        <source>Removed {count} grassroots unions.</source>
        <translation>Đã xóa {count} công đoàn cơ sở.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Some settings are not saved yet. Save them before the language changes?</source>
        <translation>Một số thiết lập chưa được lưu. Lưu lại trước khi đổi ngôn ngữ?</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up CĐTT Desktop</source>
        <translation>Thiết lập CĐTT Desktop</translation>
    </message>
    <message>
        <source>Leave the set-up?</source>
        <translation>Thoát khỏi phần thiết lập?</translation>
    </message>
    <message>
        <source>What you typed has not been saved and will be lost. Leave the set-up anyway?</source>
        <translation>Thông tin đã nhập chưa được lưu và sẽ mất. Vẫn thoát khỏi phần thiết lập?</translation>
    </message>
</context>
<context>
    <name>SignerForm</name>
    <message>
        <source>Your own name</source>
        <translation>Họ tên của anh/chị</translation>
    </message>
    <message>
        <source>Signer&apos;s full name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signing form</source>
        <translation>Hình thức ký</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make. The signing form goes above the title: TM. signs for a collective body, KT. for the head.</source>
        <translation>Họ tên của anh/chị được ghi kèm mỗi thay đổi anh/chị thực hiện. Hình thức ký đặt trên chức vụ: TM. là ký thay mặt tập thể, KT. là ký thay người đứng đầu.</translation>
    </message>
    <message>
        <source>How the signature block will look</source>
        <translation>Phần chữ ký sẽ trông như sau</translation>
    </message>
</context>
<context>
    <name>SignerPage</name>
    <message>
        <source>Signer and officer</source>
        <translation>Người ký và cán bộ phụ trách</translation>
    </message>
    <message>
        <source>Who signs your unit&apos;s documents, and your own name.</source>
        <translation>Người ký văn bản của đơn vị, và họ tên của anh/chị.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to save</source>
        <translation>Sẵn sàng lưu</translation>
    </message>
    <message>
        <source>Check what you entered. Press Back to change it, or Finish to save.</source>
        <translation>Kiểm tra lại thông tin đã nhập. Bấm Quay lại để sửa, hoặc Hoàn tất để lưu.</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Dòng địa danh, ngày tháng</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Your own name</source>
        <translation>Họ tên của anh/chị</translation>
    </message>
    <message>
        <source>Grassroots unions</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>{count} unions, {members} members</source>
        <translation>{count} CĐCS, {members} đoàn viên</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>A communications plan for {year} is made from the Confederation&apos;s template (or from last year&apos;s plan); you can edit it in Settings.</source>
        <translation>Kế hoạch truyền thông năm {year} được lập từ mẫu của Tổng Liên đoàn (hoặc từ kế hoạch năm trước); có thể sửa trong phần Cài đặt.</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Your unit *</source>
        <translation>Đơn vị *</translation>
    </message>
    <message>
        <source>Parent body *</source>
        <translation>Cơ quan cấp trên *</translation>
    </message>
    <message>
        <source>Abbreviation for document numbers *</source>
        <translation>Tên viết tắt trong số văn bản *</translation>
    </message>
    <message>
        <source>Place name for the date line *</source>
        <translation>Địa danh ghi ngày tháng *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>How your documents will start</source>
        <translation>Phần đầu văn bản sẽ trông như sau</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của anh/chị</translation>
    </message>
    <message>
        <source>The union you work in, as it appears at the top of the documents you send upward. Fields marked * are required.</source>
        <translation>Công đoàn nơi anh/chị công tác, như ghi ở đầu các văn bản gửi cấp trên. Các ô có dấu * là bắt buộc.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CĐTT Desktop</source>
        <translation>Chào mừng đến với CĐTT Desktop</translation>
    </message>
    <message>
        <source>Set up my unit</source>
        <translation>Thiết lập đơn vị của tôi</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>CĐTT Desktop keeps the log of your union&apos;s communication work — news items sent to the union press, posts on your pages, events at grassroots unions, campaigns — against the year&apos;s plan, and prepares the reports you send to the level above. Everything stays on this computer and works without the internet.</source>
        <translation>CĐTT Desktop giúp ghi chép công tác truyền thông của công đoàn — tin bài gửi báo Công đoàn, bài đăng trên trang của đơn vị, hoạt động tại công đoàn cơ sở, các chiến dịch — theo kế hoạch của năm, và chuẩn bị báo cáo gửi cấp trên. Mọi dữ liệu được lưu trên máy này và dùng được khi không có mạng.</translation>
    </message>
    <message>
        <source>Enter your unit, who signs your documents and the grassroots unions you oversee. It takes a few minutes; everything can be changed later in Settings.</source>
        <translation>Nhập thông tin đơn vị, người ký văn bản và các công đoàn cơ sở trực thuộc. Chỉ mất vài phút; mọi thông tin đều sửa được sau trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>Fills this data folder with a made-up unit, its grassroots unions and 300 sample activities, so that you can look around first. Use a new data folder for your real work.</source>
        <translation>Tạo trong thư mục dữ liệu này một đơn vị giả định, các công đoàn cơ sở và 300 hoạt động mẫu để anh/chị xem thử trước. Khi làm việc thật, hãy dùng một thư mục dữ liệu mới.</translation>
    </message>
</context>
</TS>
