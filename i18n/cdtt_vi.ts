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
    <name>BeneficiaryPage</name>
    <message>
        <source>The beneficiary</source>
        <translation>Người được hỗ trợ</translation>
    </message>
    <message>
        <source>The union member the house is for. Fields marked * are required. The CCCD number is shown in full only in this window; everywhere else it is masked.</source>
        <translation>Đoàn viên được hỗ trợ nhà. Các ô có dấu * là bắt buộc. Số CCCD chỉ hiện đầy đủ trong cửa sổ này; ở mọi nơi khác đều được che bớt.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>— choose a grassroots union —</source>
        <translation>— chọn công đoàn cơ sở —</translation>
    </message>
    <message>
        <source>▸ Old address (province – district – commune, before 1/7/2025)</source>
        <translation>▸ Địa chỉ cũ (tỉnh – huyện – xã, trước 1/7/2025)</translation>
    </message>
    <message>
        <source>12 digits, e.g. 001190012345</source>
        <translation>12 chữ số, ví dụ 001190012345</translation>
    </message>
    <message>
        <source>e.g. Phường Ba Đình</source>
        <translation>ví dụ: Phường Ba Đình</translation>
    </message>
    <message>
        <source>e.g. Số 12, ngõ 5, phố Đội Cấn</source>
        <translation>ví dụ: Số 12, ngõ 5, phố Đội Cấn</translation>
    </message>
    <message>
        <source>e.g. Garment worker</source>
        <translation>ví dụ: Công nhân may</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <source>CĐTT bundles (*.cdtt.zip);;ZIP files (*.zip)</source>
        <translation>Gói CĐTT (*.cdtt.zip);;Tệp ZIP (*.zip)</translation>
    </message>
    <message>
        <source>CĐTT bundles (*.cdtt.zip *.zip);;All files (*)</source>
        <translation>Gói CĐTT (*.cdtt.zip *.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Saved {count} decisions in {file} ({size}).

Send this file back to the unit. When they import it, each item shows your decision and comment.</source>
        <translation>Đã lưu {count} ý kiến xử lý vào {file} ({size}).

Gửi tệp này lại cho đơn vị. Khi đơn vị nhập tệp, từng nội dung sẽ hiện ý kiến xử lý và nhận xét của đồng chí.</translation>
    </message>
    <message>
        <source>Saved {count} items in {file} ({size}).

Send this file to the upper level (USB stick, e-mail or Zalo). It is signed: any change on the way is detected.</source>
        <translation>Đã lưu {count} nội dung vào {file} ({size}).

Gửi tệp này lên cấp trên (USB, thư điện tử hoặc Zalo). Tệp đã được ký số: mọi thay đổi trên đường gửi đều bị phát hiện.</translation>
    </message>
    <message>
        <source>The bundle is ready</source>
        <translation>Gói đã sẵn sàng</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <source>Nothing was imported. The new key of {unit} stays listed in Settings › Keys and receiving until you decide.</source>
        <translation>Chưa nhập gì. Khóa mới của {unit} vẫn được liệt kê trong Cài đặt › Khóa và tiếp nhận cho đến khi đồng chí quyết định.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Đã nhập gói</translation>
    </message>
    <message>
        <source>This bundle from {unit} was imported before; nothing changed.</source>
        <translation>Gói này của {unit} đã được nhập trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The answer of {unit} was imported: {count} decisions applied.</source>
        <translation>Đã nhập phiếu phản hồi của {unit}: cập nhật {count} ý kiến xử lý.</translation>
    </message>
    <message>
        <source>The bundle of {unit} was imported: {added} new items, {unchanged} already here.</source>
        <translation>Đã nhập gói của {unit}: {added} nội dung mới, {unchanged} nội dung đã có.</translation>
    </message>
    <message>
        <source>This is the first bundle from {unit}: its key is now pinned.
{fingerprint}
Call the unit and check that they read you the same fingerprint.</source>
        <translation>Đây là gói đầu tiên của {unit}: khóa của đơn vị đã được ghi nhận.
{fingerprint}
Hãy gọi điện cho đơn vị và đối chiếu để chắc chắn họ đọc đúng mã vân tay này.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Gói hồ sơ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{label}
{done} of {total}</source>
        <translation>{label}
{done} / {total}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Đã hủy xuất gói</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Đã hủy xuất gói. Không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>This bundle cannot be used: {reason}

Nothing was changed.</source>
        <translation>Không dùng được gói này: {reason}

Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Không đọc hoặc ghi được tệp: {reason}</translation>
    </message>
</context>
<context>
    <name>CampaignsCard</name>
    <message>
        <source>Campaigns</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>No campaign is running now.</source>
        <translation>Hiện không có chiến dịch nào đang diễn ra.</translation>
    </message>
    <message>
        <source>{name} ({start} – {end}): {days} days left</source>
        <translation>{name} ({start} – {end}): còn {days} ngày</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Người được hỗ trợ</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Được duyệt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
</context>
<context>
    <name>ChartsSection</name>
    <message>
        <source>Activities per week</source>
        <translation>Hoạt động theo tuần</translation>
    </message>
    <message>
        <source>Year so far against target</source>
        <translation>Lũy kế năm so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Stories and cases by status</source>
        <translation>Mô hình, gương và hồ sơ Mái ấm theo trạng thái</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu ảnh PNG…</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Hồ sơ mô hình, gương điển hình</translation>
    </message>
    <message>
        <source>Mái ấm cases</source>
        <translation>Hồ sơ Mái ấm</translation>
    </message>
    <message>
        <source>Activities per week, by channel</source>
        <translation>Số hoạt động theo tuần, chia theo kênh</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Activities since 1 January against the target</source>
        <translation>Hoạt động lũy kế từ 01/01 so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Lưu biểu đồ thành ảnh</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved in this place. Choose another folder.</source>
        <translation>Không lưu được ảnh vào chỗ này. Hãy chọn thư mục khác.</translation>
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
        <source>Demo stories added: {count}.</source>
        <translation>Đã thêm {count} hồ sơ mô hình, gương điển hình mẫu.</translation>
    </message>
    <message>
        <source>Demo Mái ấm cases added: {count}.</source>
        <translation>Đã thêm hồ sơ Mái ấm Công đoàn mẫu: {count}.</translation>
    </message>
    <message>
        <source>Imported {count} activities from {file}.</source>
        <translation>Đã nhập {count} hoạt động từ {file}.</translation>
    </message>
    <message>
        <source>Exported {count} activities to {file}.</source>
        <translation>Đã xuất {count} hoạt động ra {file}.</translation>
    </message>
    <message>
        <source>Unknown status “{value}”: use one of {choices}.</source>
        <translation>Trạng thái “{value}” không hợp lệ: hãy dùng một trong các giá trị {choices}.</translation>
    </message>
    <message>
        <source>No story with the id {id}.</source>
        <translation>Không có hồ sơ nào có mã {id}.</translation>
    </message>
    <message>
        <source>“{title}” is now “{status}”.</source>
        <translation>Hồ sơ “{title}” đã chuyển sang trạng thái “{status}”.</translation>
    </message>
    <message>
        <source>No campaign with the id {id}.</source>
        <translation>Không có chiến dịch nào có mã {id}.</translation>
    </message>
    <message>
        <source>A handover record is made for one case at a time.</source>
        <translation>Mỗi biên bản bàn giao chỉ lập cho một hồ sơ.</translation>
    </message>
    <message>
        <source>No case with the id {id}.</source>
        <translation>Không có hồ sơ nào có mã {id}.</translation>
    </message>
    <message>
        <source>Draft written to {file} ({pages} pages); nothing was registered.</source>
        <translation>Đã ghi bản nháp vào {file} ({pages} trang); chưa vào sổ văn bản.</translation>
    </message>
    <message>
        <source>{number} is already in the register: choose another number.</source>
        <translation>{number} đã có trong sổ văn bản: hãy chọn số khác.</translation>
    </message>
    <message>
        <source>This content was already issued as {number} on {date}; the same document was written to {file}.</source>
        <translation>Nội dung này đã ban hành là {number} ngày {date}; văn bản đó được ghi nguyên văn vào {file}.</translation>
    </message>
    <message>
        <source>Issued {number} on {date} ({pages} pages), written to {file}.</source>
        <translation>Đã ban hành {number} ngày {date} ({pages} trang), ghi vào {file}.</translation>
    </message>
    <message>
        <source>Left out, because the document font cannot print them: {chars}</source>
        <translation>Đã bỏ các ký tự phông chữ văn bản không in được: {chars}</translation>
    </message>
    <message>
        <source>No item to send with the id {id}.</source>
        <translation>Không có mục nào để gửi với mã {id}.</translation>
    </message>
    <message>
        <source>Nothing to send: every finalised item has already left.</source>
        <translation>Không có gì để gửi: mọi mục đã hoàn tất đều đã được gửi đi.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Không ghi được {file}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {file}: {items} items, {size} bytes.</source>
        <translation>Đã ghi {file}: {items} mục, {size} byte.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Không đọc được {file}: {reason}</translation>
    </message>
    <message>
        <source>Signature and every SHA-256 hold.</source>
        <translation>Chữ ký số và mọi mã SHA-256 đều đúng.</translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing changed.</source>
        <translation>Gói này đã được nhập trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Receipt from {unit}: {count} decisions applied.</source>
        <translation>Phiếu phản hồi của {unit}: đã cập nhật {count} ý kiến xử lý.</translation>
    </message>
    <message>
        <source>Submission from {unit}: {added} items added to the inbox, {same} already there.</source>
        <translation>Gói gửi lên của {unit}: thêm {added} mục vào hộp tiếp nhận, {same} mục đã có.</translation>
    </message>
    <message>
        <source>Sender&apos;s key: {fingerprint}</source>
        <translation>Khóa của đơn vị gửi: {fingerprint}</translation>
    </message>
    <message>
        <source>First bundle from this unit: its key is now trusted. Read the fingerprint above to its officer by phone to be sure the bundle is really theirs.</source>
        <translation>Gói đầu tiên từ đơn vị này: khóa của đơn vị đã được ghi nhận. Hãy đọc mã nhận dạng khóa ở trên cho cán bộ đơn vị đó qua điện thoại để chắc chắn gói đúng là của họ.</translation>
    </message>
    <message>
        <source>No issued document with the id {id}.</source>
        <translation>Không có văn bản đã ban hành nào có mã {id}.</translation>
    </message>
    <message>
        <source>The stored file of {number} is damaged and cannot be restored.</source>
        <translation>Tệp lưu của văn bản {number} bị hỏng và không khôi phục được.</translation>
    </message>
    <message>
        <source>No hub address or token: set them in Settings, or give --hub and --token.</source>
        <translation>Chưa có địa chỉ máy chủ hoặc mã truy cập: hãy đặt trong Cài đặt, hoặc dùng --hub và --token.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: {reason}</source>
        <translation>Không kết nối được máy chủ đồng bộ: {reason}</translation>
    </message>
    <message>
        <source>The hub refused: {reason}</source>
        <translation>Máy chủ đồng bộ từ chối: {reason}</translation>
    </message>
    <message>
        <source>Sent {sent}, unchanged {same}, failed {failed}, quarantined {quarantined}; {decisions} decisions received.</source>
        <translation>Đã gửi {sent}, không đổi {same}, lỗi {failed}, cách ly {quarantined}; nhận {decisions} ý kiến xử lý.</translation>
    </message>
    <message>
        <source>Receiving: {added} items into the inbox, {pushed} decisions sent, published: {what}.</source>
        <translation>Tiếp nhận: {added} mục vào hộp tiếp nhận, đã gửi {pushed} ý kiến xử lý, đã công bố: {what}.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>The beneficiary agreed</source>
        <translation>Người được hỗ trợ đã đồng ý</translation>
    </message>
    <message>
        <source>Date given *</source>
        <translation>Ngày đồng ý *</translation>
    </message>
    <message>
        <source>Recorded by *</source>
        <translation>Người ghi nhận *</translation>
    </message>
    <message>
        <source>Withdrawn on {dates}. Tick above only if the beneficiary agreed again.</source>
        <translation>Đã rút lại ngày {dates}. Chỉ đánh dấu ô trên nếu người được hỗ trợ đồng ý lại.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent of the people shown</source>
        <translation>Sự đồng ý của những người được nêu</translation>
    </message>
    <message>
        <source>Required: the explicit consent of each person shown in the story or its photos (at least the person it is about), with the date it was given and what it allows. A story for publication needs “May be published” from everyone. Tick “Withdrawn” when someone takes it back.</source>
        <translation>Bắt buộc: sự đồng ý rõ ràng của từng người được nêu trong câu chuyện hoặc xuất hiện trong ảnh (ít nhất là người được giới thiệu), kèm ngày đồng ý và phạm vi sử dụng. Câu chuyện để đăng báo cần mọi người chọn “Được đăng công khai”. Đánh dấu “Đã rút lại” khi có người rút lại sự đồng ý.</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Date given *</source>
        <translation>Ngày đồng ý *</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>Đã rút lại ngày {date}</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang có hiệu lực</translation>
    </message>
</context>
<context>
    <name>ConsolidatedDialog</name>
    <message>
        <source>Consolidated report</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Adds up the periodic reports your units sent for the period (the latest one of each unit) and lists the units that have not sent theirs.</source>
        <translation>Cộng số liệu các báo cáo định kỳ của các đơn vị đã gửi cho kỳ này (lấy báo cáo mới nhất của mỗi đơn vị) và liệt kê các đơn vị chưa gửi.</translation>
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
    <name>Dashboard</name>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Stories submitted</source>
        <translation>Mô hình, gương điển hình đã gửi lên cấp trên</translation>
    </message>
    <message>
        <source>Mái ấm handed over</source>
        <translation>Mái ấm Công đoàn đã bàn giao</translation>
    </message>
    <message>
        <source>Finish the draft story “{title}”</source>
        <translation>Hoàn thành bản nháp hồ sơ mô hình, gương điển hình “{title}”</translation>
    </message>
    <message>
        <source>Complete the returned story “{title}”: {comment}</source>
        <translation>Bổ sung hồ sơ mô hình, gương điển hình bị trả lại “{title}”: {comment}</translation>
    </message>
    <message>
        <source>Complete the returned document “{title}”: {comment}</source>
        <translation>Bổ sung văn bản bị trả lại “{title}”: {comment}</translation>
    </message>
    <message>
        <source>Complete the returned Mái ấm case of {name}</source>
        <translation>Bổ sung hồ sơ Mái ấm Công đoàn bị trả lại của {name}</translation>
    </message>
    <message>
        <source>Mái ấm case of {name}: the next step was due on {day}</source>
        <translation>Hồ sơ Mái ấm Công đoàn của {name}: bước tiếp theo đã đến hạn ngày {day}</translation>
    </message>
    <message>
        <source>“{target}”: {count} day(s) this month below {quantity} a day, the last on {day}</source>
        <translation>“{target}”: tháng này có {count} ngày chưa đạt {quantity} tin, bài/ngày, gần nhất là ngày {day}</translation>
    </message>
    <message>
        <source>The report for {period} is due on {day}</source>
        <translation>Báo cáo {period} đến hạn ngày {day}</translation>
    </message>
    <message>
        <source>The report for {period} was due on {day} and is not issued yet</source>
        <translation>Báo cáo {period} đã đến hạn ngày {day} nhưng chưa ban hành</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Story dossier</source>
        <translation>Hồ sơ mô hình, gương điển hình</translation>
    </message>
    <message>
        <source>Proposal for support (tờ trình)</source>
        <translation>Tờ trình đề nghị hỗ trợ</translation>
    </message>
    <message>
        <source>Handover record (biên bản)</source>
        <translation>Biên bản bàn giao nhà</translation>
    </message>
</context>
<context>
    <name>DocumentFlow</name>
    <message>
        <source>Draft — not numbered yet</source>
        <translation>Bản nháp — chưa có số</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Đang mở văn bản…</translation>
    </message>
    <message>
        <source>Issuing the document…</source>
        <translation>Đang ban hành văn bản…</translation>
    </message>
    <message>
        <source>This content was already issued as {number} on {date}; it is reopened unchanged.</source>
        <translation>Nội dung này đã được ban hành với {number} ngày {date}; văn bản đó được mở lại, giữ nguyên không thay đổi.</translation>
    </message>
    <message>
        <source>These characters were left out because the document font cannot print them: {characters}</source>
        <translation>Các ký tự sau đã được bỏ ra vì phông chữ của văn bản không in được: {characters}</translation>
    </message>
    <message>
        <source>{number} · issued on {date} · SHA-256 {digest}…</source>
        <translation>{number} · ban hành ngày {date} · SHA-256 {digest}…</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Đang lập văn bản…</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>{number} is already in the register. Choose another number and issue again.</source>
        <translation>{number} đã có trong sổ văn bản. Hãy chọn số khác rồi ban hành lại.</translation>
    </message>
    <message>
        <source>The file of {number} was changed or removed outside CĐTT Desktop and cannot be made again identically. Use a copy saved or printed earlier; its SHA-256 in the register shows whether a copy is the one issued.</source>
        <translation>Tệp của văn bản {number} đã bị sửa hoặc bị xóa bên ngoài CĐTT Desktop và không thể tạo lại y hệt bản đã ban hành. Hãy dùng bản đã lưu hoặc đã in trước đó; mã SHA-256 trong sổ văn bản cho biết một bản sao có đúng là văn bản đã ban hành hay không.</translation>
    </message>
    <message>
        <source>The document cannot be made because something it needs is missing: the unit&apos;s set-up, or a record that was deleted.

Details: {reason}</source>
        <translation>Không lập được văn bản vì thiếu thông tin cần thiết: thông tin thiết lập đơn vị, hoặc một hồ sơ đã bị xóa.

Chi tiết: {reason}</translation>
    </message>
    <message>
        <source>The document cannot be made: {reason}</source>
        <translation>Không lập được văn bản: {reason}</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Không đọc hoặc ghi được tệp: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Biên bản</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents of the case file</source>
        <translation>Giấy tờ trong hồ sơ</translation>
    </message>
    <message>
        <source>Attach each paper to its line (select the line, then “Attach files…”, or drag files onto it). Lines marked * are required by the rules of {year}. Sensitive papers are kept in the case file only and never used for publicity.</source>
        <translation>Đính kèm từng giấy tờ vào đúng dòng của nó (chọn dòng rồi bấm “Đính kèm tệp…”, hoặc kéo tệp thả vào dòng). Các dòng có dấu * là bắt buộc theo quy định năm {year}. Giấy tờ nhạy cảm chỉ lưu trong hồ sơ, không bao giờ dùng để tuyên truyền.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Số tệp</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Photos attached now may be used for publicity</source>
        <translation>Ảnh đính kèm lúc này được dùng để tuyên truyền</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>nhạy cảm</translation>
    </message>
    <message>
        <source>{name} (for publicity)</source>
        <translation>{name} (dùng tuyên truyền)</translation>
    </message>
    <message>
        <source>Attach: {document}</source>
        <translation>Đính kèm: {document}</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.webp *.docx *.xlsx);;All files (*)</source>
        <translation>Bản chụp và ảnh (*.pdf *.jpg *.jpeg *.png *.webp *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>DocumentsRegister</name>
    <message>
        <source>Register of issued documents</source>
        <translation>Sổ văn bản đã ban hành</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Search by subject or number</source>
        <translation>Tìm theo trích yếu hoặc số, ký hiệu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Chép mã SHA-256</translation>
    </message>
    <message>
        <source>Copy the fingerprint of the PDF, to check later that a copy is the document issued</source>
        <translation>Chép mã nhận dạng (SHA-256) của tệp PDF, để sau này kiểm tra một bản sao có đúng là văn bản đã ban hành</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>No document has been issued yet.

Reports, proposals and records appear here once they are issued, with their number, date and SHA-256, and they can be reopened exactly as issued.</source>
        <translation>Chưa ban hành văn bản nào.

Báo cáo, tờ trình và biên bản sau khi ban hành sẽ hiện ở đây cùng số, ngày và mã SHA-256, và có thể mở lại đúng như bản đã ban hành.</translation>
    </message>
    <message>
        <source>No issued document matches the filters.</source>
        <translation>Không có văn bản đã ban hành nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>Saved a copy of {number} as {file}.</source>
        <translation>Đã lưu bản sao của văn bản {number} thành tệp {file}.</translation>
    </message>
    <message>
        <source>Copied the SHA-256 of {number}.</source>
        <translation>Đã chép mã SHA-256 của văn bản {number}.</translation>
    </message>
    <message>
        <source>{shown} of {total} documents</source>
        <translation>{shown}/{total} văn bản</translation>
    </message>
</context>
<context>
    <name>DwellingPage</name>
    <message>
        <source>The house</source>
        <translation>Ngôi nhà</translation>
    </message>
    <message>
        <source>Is a new house to be built, or the present one repaired? The support allowed differs (the rules of {year}).</source>
        <translation>Xây nhà mới hay sửa chữa nhà hiện có? Mức hỗ trợ khác nhau (theo quy định năm {year}).</translation>
    </message>
    <message>
        <source>{kind} — union support up to {limit}</source>
        <translation>{kind} — Công đoàn hỗ trợ tối đa {limit}</translation>
    </message>
    <message>
        <source>e.g. Tin roof leaking, walls cracked, floor of earth</source>
        <translation>ví dụ: Mái tôn dột, tường nứt, nền đất</translation>
    </message>
    <message>
        <source>The papers themselves are attached in the documents step; they are sensitive and never used for publicity.</source>
        <translation>Bản thân giấy tờ được đính kèm ở bước Giấy tờ; đây là giấy tờ nhạy cảm, không bao giờ dùng để tuyên truyền.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Eligibility</source>
        <translation>Điều kiện hỗ trợ</translation>
    </message>
    <message>
        <source>The rules of {year} for this case. A rule not met does not stop the case, but going on needs a justification, written below and kept in the case file.</source>
        <translation>Các điều kiện năm {year} áp dụng cho hồ sơ này. Chưa đáp ứng một điều kiện không làm dừng hồ sơ, nhưng muốn tiếp tục thì phải ghi giải trình ở dưới; giải trình được lưu trong hồ sơ.</translation>
    </message>
    <message>
        <source>Why the case should go on although a rule is not met, e.g. membership interrupted by a lay-off.</source>
        <translation>Vì sao vẫn đề nghị hỗ trợ dù chưa đáp ứng điều kiện, ví dụ: thời gian sinh hoạt công đoàn bị gián đoạn do mất việc.</translation>
    </message>
    <message>
        <source>○  {rule}
      To be completed in step {number}: {step}.</source>
        <translation>○  {rule}
      Sẽ bổ sung ở bước {number}: {step}.</translation>
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
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Nothing here is required, except at least 1 photo for a story for publication. Photos: JPEG, PNG or WebP, at most {limit} MB and {pixels} pixels on the long side. Documents: PDF, Word, Excel, JPEG or PNG, at most {limit} MB. Drag files onto this window or use the buttons.</source>
        <translation>Bước này không bắt buộc, trừ khi câu chuyện để đăng báo: khi đó cần ít nhất 1 ảnh. Ảnh: JPEG, PNG hoặc WebP, tối đa {limit} MB và {pixels} điểm ảnh ở cạnh dài. Tài liệu: PDF, Word, Excel, JPEG hoặc PNG, tối đa {limit} MB. Kéo thả tệp vào cửa sổ này hoặc dùng các nút bên phải.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <source>Link (https://…)</source>
        <translation>Đường dẫn (https://…)</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Tiêu đề bài báo</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Thêm đường dẫn</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Bỏ đường dẫn</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>Thêm tài liệu…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Bỏ tài liệu</translation>
    </message>
    <message>
        <source>Type a caption: who, what, where</source>
        <translation>Gõ chú thích: ai, làm gì, ở đâu</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.docx *.xlsx *.jpg *.jpeg *.png);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Add files to the story</source>
        <translation>Thêm tệp vào câu chuyện</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Returned for completion</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Đã gửi {date}</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Chờ xử lý</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Model or exemplar</source>
        <translation>Mô hình, gương</translation>
    </message>
    <message>
        <source>Models and exemplars</source>
        <translation>Mô hình, gương</translation>
    </message>
    <message>
        <source>Union Homes (Mái ấm)</source>
        <translation>Mái ấm</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Văn bản khác</translation>
    </message>
    <message>
        <source>A campaign</source>
        <translation>Theo đợt cao điểm</translation>
    </message>
    <message>
        <source>Lower level (sends to us)</source>
        <translation>Cấp dưới (gửi lên)</translation>
    </message>
    <message>
        <source>Upper level (answers us)</source>
        <translation>Cấp trên (phản hồi)</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>The family&apos;s circumstances</source>
        <translation>Hoàn cảnh gia đình</translation>
    </message>
    <message>
        <source>What makes the family&apos;s situation hard. Describe at least one of: circumstances, illness or dependants. Health is sensitive personal data: write only what the case needs.</source>
        <translation>Điều gì khiến gia đình khó khăn. Ghi ít nhất một trong: hoàn cảnh, bệnh tật hoặc người phụ thuộc. Sức khỏe là dữ liệu cá nhân nhạy cảm: chỉ ghi những gì hồ sơ cần.</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>ví dụ: 4</translation>
    </message>
    <message>
        <source>e.g. husband with a long-term illness, unable to work</source>
        <translation>ví dụ: chồng ốm đau lâu năm, mất sức lao động</translation>
    </message>
    <message>
        <source>e.g. 2 children at school, an elderly mother</source>
        <translation>ví dụ: 2 con đang đi học, mẹ già</translation>
    </message>
    <message>
        <source>In plain sentences: work, debts, what happened to the house…</source>
        <translation>Viết giản dị: việc làm, nợ nần, chuyện gì đã xảy ra với ngôi nhà…</translation>
    </message>
</context>
<context>
    <name>FormatProfileEditor</name>
    <message>
        <source>These are the values of Nghị định 30/2020/NĐ-CP; documents are printed in Liberation Serif, which has the same letter widths as Times New Roman.</source>
        <translation>Đây là các giá trị theo Nghị định 30/2020/NĐ-CP; văn bản được in bằng phông Liberation Serif, có độ rộng chữ giống Times New Roman.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Restore NĐ 30 defaults</source>
        <translation>Khôi phục mặc định theo NĐ 30</translation>
    </message>
    <message>
        <source>fixed by NĐ 30</source>
        <translation>cố định theo NĐ 30</translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation>từ {low} đến {high}</translation>
    </message>
    <message>
        <source>The NĐ 30 values are filled in. Press Save to keep them.</source>
        <translation>Đã điền các giá trị theo NĐ 30. Bấm Lưu để giữ lại.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Chưa lưu: hãy sửa các ô có thông báo màu đỏ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funding plan</source>
        <translation>Kế hoạch kinh phí</translation>
    </message>
    <message>
        <source>The total cost of the house and who pays which part, in whole đồng (type 60.000.000 or 60000000). The parts must add up to the total cost.</source>
        <translation>Tổng kinh phí làm nhà và ai góp phần nào, tính bằng đồng (gõ 60.000.000 hoặc 60000000). Các nguồn phải cộng lại đúng bằng tổng kinh phí.</translation>
    </message>
    <message>
        <source>The rules of {year} allow up to {limit} for a {kind}.</source>
        <translation>Quy định năm {year} cho phép hỗ trợ tối đa {limit} đối với trường hợp {kind}.</translation>
    </message>
    <message>
        <source>The parts add up to the total cost: {total}.</source>
        <translation>Các nguồn cộng lại khớp với tổng kinh phí: {total}.</translation>
    </message>
    <message>
        <source>Parts {parts} · total cost {total} · difference {difference}</source>
        <translation>Các nguồn {parts} · tổng kinh phí {total} · chênh lệch {difference}</translation>
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
    <name>Housing</name>
    <message>
        <source>Member&apos;s request certified by the local authority</source>
        <translation>Đơn đề nghị của đoàn viên có xác nhận của chính quyền địa phương</translation>
    </message>
    <message>
        <source>Grassroots union&apos;s request letter</source>
        <translation>Công văn đề nghị của công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Land-use or house-ownership papers</source>
        <translation>Giấy tờ quyền sử dụng đất hoặc sở hữu nhà</translation>
    </message>
    <message>
        <source>ID card (CCCD) copy</source>
        <translation>Bản sao căn cước công dân (CCCD)</translation>
    </message>
    <message>
        <source>Survey record (biên bản khảo sát)</source>
        <translation>Biên bản khảo sát thực tế</translation>
    </message>
    <message>
        <source>Proposal (tờ trình)</source>
        <translation>Tờ trình đề nghị hỗ trợ</translation>
    </message>
    <message>
        <source>Support decision (quyết định)</source>
        <translation>Quyết định hỗ trợ</translation>
    </message>
    <message>
        <source>Acceptance and handover record</source>
        <translation>Biên bản nghiệm thu, bàn giao</translation>
    </message>
    <message>
        <source>Photos before</source>
        <translation>Ảnh trước khi xây, sửa</translation>
    </message>
    <message>
        <source>Photos after</source>
        <translation>Ảnh sau khi hoàn thành</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Khởi công</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Nghiệm thu</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <source>Returned for completion</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện</translation>
    </message>
    <message>
        <source>New build</source>
        <translation>Xây mới</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Sửa chữa</translation>
    </message>
    <message>
        <source>Handling the case</source>
        <translation>Xử lý hồ sơ</translation>
    </message>
    <message>
        <source>Photos for publicity</source>
        <translation>Dùng ảnh để tuyên truyền</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Approved amount (đồng)</source>
        <translation>Số tiền được duyệt (đồng)</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>Ngày bàn giao</translation>
    </message>
</context>
<context>
    <name>HousingCaseView</name>
    <message>
        <source>Case file</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Edit the details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Ẩn danh…</translation>
    </message>
    <message>
        <source>Proposal (tờ trình) as PDF…</source>
        <translation>Tờ trình (PDF)…</translation>
    </message>
    <message>
        <source>Handover record as PDF…</source>
        <translation>Biên bản bàn giao (PDF)…</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Tiếp theo:</translation>
    </message>
    <message>
        <source>Withdraw consent: {use}…</source>
        <translation>Rút lại đồng ý: {use}…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Các bước đã thực hiện</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>CCCD {number}</source>
        <translation>CCCD {number}</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>năm {year}</translation>
    </message>
    <message>
        <source>next: {step} by {date}</source>
        <translation>tiếp theo: {step} trước ngày {date}</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>đã ẩn danh</translation>
    </message>
    <message>
        <source>Requested: {amount}</source>
        <translation>Đề nghị: {amount}</translation>
    </message>
    <message>
        <source>Approved: {amount}</source>
        <translation>Được duyệt: {amount}</translation>
    </message>
    <message>
        <source>Returned for completion on {date}. To complete:
{notes}</source>
        <translation>Trả lại để bổ sung ngày {date}. Cần bổ sung:
{notes}</translation>
    </message>
    <message>
        <source>Back to {step}…</source>
        <translation>Quay lại bước {step}…</translation>
    </message>
    <message>
        <source>Rules not met: {rules}</source>
        <translation>Điều kiện chưa đáp ứng: {rules}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>nhạy cảm</translation>
    </message>
    <message>
        <source>for publicity</source>
        <translation>dùng tuyên truyền</translation>
    </message>
    <message>
        <source>Record that the beneficiary withdrew the consent “{use}” today?</source>
        <translation>Ghi nhận người được hỗ trợ rút lại sự đồng ý “{use}” hôm nay?</translation>
    </message>
    <message>
        <source>No photo of this case will be used for publicity any more.</source>
        <translation>Từ nay không ảnh nào của hồ sơ này được dùng để tuyên truyền.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Anonymise this case? The name becomes a number; the CCCD, phone, date of birth, street, illness and the free texts are erased, and the ID card, land papers and request are detached. The amounts and steps stay for the reports. This cannot be undone.</source>
        <translation>Ẩn danh hồ sơ này? Họ tên được thay bằng một số thứ tự; số CCCD, điện thoại, ngày sinh, địa chỉ, bệnh tật và các nội dung tự ghi bị xóa; bản sao CCCD, giấy tờ đất và đơn đề nghị được gỡ khỏi hồ sơ. Số tiền và các bước vẫn được giữ để báo cáo. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Anonymise the case</source>
        <translation>Ẩn danh hồ sơ</translation>
    </message>
</context>
<context>
    <name>HousingConsentPage</name>
    <message>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>Ask the beneficiary, explain what each use means, and record only what they agreed to. Consent to handling the case is needed to go on; photos for publicity are optional and can be withdrawn at any time.</source>
        <translation>Hỏi người được hỗ trợ, giải thích từng mục đích sử dụng và chỉ ghi nhận những gì họ đồng ý. Cần có sự đồng ý cho việc xử lý hồ sơ thì mới tiếp tục được; việc dùng ảnh để tuyên truyền là tùy chọn và có thể rút lại bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>The union keeps and uses the beneficiary&apos;s personal data, including health and family circumstances, to handle this case, and passes it to the upper level that decides.</source>
        <translation>Công đoàn lưu giữ và sử dụng dữ liệu cá nhân của người được hỗ trợ, kể cả sức khỏe và hoàn cảnh gia đình, để xử lý hồ sơ này, và chuyển cho cấp trên có thẩm quyền quyết định.</translation>
    </message>
    <message>
        <source>Photos of the house and of the handover may be used in the union&apos;s news. ID papers and land papers never are.</source>
        <translation>Ảnh ngôi nhà và lễ bàn giao được dùng trong tin bài của công đoàn. Giấy tờ tùy thân và giấy tờ đất thì không bao giờ.</translation>
    </message>
</context>
<context>
    <name>HousingFilterBar</name>
    <message>
        <source>Search names, addresses and units (Ctrl+F)</source>
        <translation>Tìm theo tên, địa chỉ, đơn vị (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Tất cả các bước</translation>
    </message>
    <message>
        <source>All grassroots unions</source>
        <translation>Tất cả CĐCS</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
</context>
<context>
    <name>HousingLabels</name>
    <message>
        <source>Back to the request</source>
        <translation>Quay lại bước đề nghị</translation>
    </message>
    <message>
        <source>Record the survey…</source>
        <translation>Ghi nhận khảo sát…</translation>
    </message>
    <message>
        <source>Record the proposal…</source>
        <translation>Ghi nhận tờ trình…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>Ghi nhận quyết định…</translation>
    </message>
    <message>
        <source>Start construction…</source>
        <translation>Khởi công…</translation>
    </message>
    <message>
        <source>Record the acceptance…</source>
        <translation>Ghi nhận nghiệm thu…</translation>
    </message>
    <message>
        <source>Record the handover…</source>
        <translation>Ghi nhận bàn giao…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Đóng hồ sơ…</translation>
    </message>
    <message>
        <source>Return for completion…</source>
        <translation>Trả lại để bổ sung…</translation>
    </message>
    <message>
        <source>Not eligible…</source>
        <translation>Không đủ điều kiện…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>CCCD number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <source>House number, street</source>
        <translation>Số nhà, đường phố, thôn xóm</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Old province</source>
        <translation>Tỉnh cũ</translation>
    </message>
    <message>
        <source>Old district</source>
        <translation>Huyện cũ</translation>
    </message>
    <message>
        <source>Old commune</source>
        <translation>Xã cũ</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Union member since</source>
        <translation>Là đoàn viên từ ngày</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <source>Household income a month (đồng)</source>
        <translation>Thu nhập hộ gia đình mỗi tháng (đồng)</translation>
    </message>
    <message>
        <source>Illness in the family</source>
        <translation>Bệnh tật trong gia đình</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Người phụ thuộc</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Hoàn cảnh</translation>
    </message>
    <message>
        <source>Support for</source>
        <translation>Hỗ trợ để</translation>
    </message>
    <message>
        <source>Condition of the house now</source>
        <translation>Hiện trạng nhà ở</translation>
    </message>
    <message>
        <source>Land-use papers held</source>
        <translation>Giấy tờ đất đang có</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Total cost of the house</source>
        <translation>Tổng kinh phí làm nhà</translation>
    </message>
    <message>
        <source>Union support requested</source>
        <translation>Đề nghị Công đoàn hỗ trợ</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <source>Family&apos;s own money</source>
        <translation>Gia đình tự có</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Vay mượn</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Support for a new build (đồng)</source>
        <translation>Mức hỗ trợ xây mới (đồng)</translation>
    </message>
    <message>
        <source>Support for a repair (đồng)</source>
        <translation>Mức hỗ trợ sửa chữa (đồng)</translation>
    </message>
    <message>
        <source>Minimum years of membership</source>
        <translation>Số năm tối thiểu là đoàn viên</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Giấy tờ bắt buộc</translation>
    </message>
    <message>
        <source>Union member for at least {minimum} years</source>
        <translation>Là đoàn viên công đoàn ít nhất {minimum} năm</translation>
    </message>
    <message>
        <source>The family&apos;s hardship is described</source>
        <translation>Đã nêu hoàn cảnh khó khăn của gia đình</translation>
    </message>
    <message>
        <source>Paper in the file: {document}</source>
        <translation>Hồ sơ có: {document}</translation>
    </message>
    <message>
        <source>Consent to handling the case is recorded</source>
        <translation>Đã ghi nhận sự đồng ý cho xử lý hồ sơ</translation>
    </message>
    <message>
        <source>The funding plan adds up to the total cost</source>
        <translation>Các nguồn kinh phí cộng lại đúng bằng tổng kinh phí</translation>
    </message>
    <message>
        <source>Union support within this year&apos;s limit ({limit})</source>
        <translation>Mức đề nghị hỗ trợ không vượt mức của năm ({limit})</translation>
    </message>
</context>
<context>
    <name>HousingPage</name>
    <message>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>Record a new request step by step (Ctrl+N)</source>
        <translation>Ghi nhận một đề nghị mới, từng bước (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>The timeline and next steps of the selected case (Enter)</source>
        <translation>Các bước đã làm và bước tiếp theo của hồ sơ đã chọn (Enter)</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Move the selected cases to the trash (Delete)</source>
        <translation>Chuyển các hồ sơ đã chọn vào thùng rác (Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Proposal (tờ trình)…</source>
        <translation>Lập tờ trình…</translation>
    </message>
    <message>
        <source>One tờ trình asking support for every selected case</source>
        <translation>Một tờ trình đề nghị hỗ trợ cho tất cả các hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>Show deleted cases, to restore them</source>
        <translation>Xem các hồ sơ đã xóa để khôi phục</translation>
    </message>
    <message>
        <source>Moved {count} cases to the trash.</source>
        <translation>Đã chuyển {count} hồ sơ vào thùng rác.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Trong thùng rác: {count}</translation>
    </message>
    <message>
        <source>Cases: {count} · requested {requested} · approved {approved}</source>
        <translation>Hồ sơ: {count} · đề nghị {requested} · được duyệt {approved}</translation>
    </message>
    <message>
        <source>Union Homes</source>
        <translation>Mái ấm Công đoàn</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Không có hồ sơ nào khớp với tìm kiếm và bộ lọc.</translation>
    </message>
    <message>
        <source>No cases yet.

Press “New case” to record a member&apos;s request for housing support, step by step.</source>
        <translation>Chưa có hồ sơ nào.

Bấm “Hồ sơ mới” để ghi nhận đề nghị hỗ trợ nhà ở của đoàn viên, từng bước một.</translation>
    </message>
    <message>
        <source>Trash: deleted cases</source>
        <translation>Thùng rác: hồ sơ đã xóa</translation>
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
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Move the case of “{name}” to the trash?

You can restore it from the trash later.</source>
        <translation>Chuyển hồ sơ của “{name}” vào thùng rác?

Có thể khôi phục lại từ thùng rác sau này.</translation>
    </message>
    <message>
        <source>Move {count} cases to the trash?

You can restore them from the trash later.</source>
        <translation>Chuyển {count} hồ sơ vào thùng rác?

Có thể khôi phục lại từ thùng rác sau này.</translation>
    </message>
    <message>
        <source>Restored {count} cases.</source>
        <translation>Đã khôi phục {count} hồ sơ.</translation>
    </message>
</context>
<context>
    <name>HousingReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>Read the request once more. Everything is saved already; “Finish” closes the wizard and opens the case file, where the steps are recorded.</source>
        <translation>Đọc lại đề nghị một lần nữa. Mọi thứ đã được lưu; “Hoàn tất” đóng trình hướng dẫn và mở hồ sơ, nơi ghi nhận các bước tiếp theo.</translation>
    </message>
    <message>
        <source>Step {number} · {step}</source>
        <translation>Bước {number} · {step}</translation>
    </message>
    <message>
        <source>Still missing (double-click an item to go to its step):</source>
        <translation>Còn thiếu (bấm đúp vào một mục để đến bước của nó):</translation>
    </message>
    <message>
        <source>Nothing is missing: the request is complete.</source>
        <translation>Không thiếu gì: đề nghị đã đầy đủ.</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation>Người được hỗ trợ</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>The house</source>
        <translation>Ngôi nhà</translation>
    </message>
    <message>
        <source>Funding plan</source>
        <translation>Kế hoạch kinh phí</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Old address</source>
        <translation>Địa chỉ cũ</translation>
    </message>
    <message>
        <source>Union support in words</source>
        <translation>Công đoàn hỗ trợ (bằng chữ)</translation>
    </message>
    <message>
        <source>given {date}, recorded by {who}; withdrawn {withdrawn}</source>
        <translation>đồng ý ngày {date}, {who} ghi nhận; đã rút lại ngày {withdrawn}</translation>
    </message>
    <message>
        <source>given {date}, recorded by {who}</source>
        <translation>đồng ý ngày {date}, {who} ghi nhận</translation>
    </message>
</context>
<context>
    <name>HousingRulesEditor</name>
    <message>
        <source>empty: every province</source>
        <translation>để trống: áp dụng cho mọi tỉnh</translation>
    </message>
    <message>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Lưu quy định</translation>
    </message>
    <message>
        <source>Province (when it sets its own rules)</source>
        <translation>Tỉnh (nếu tỉnh có quy định riêng)</translation>
    </message>
    <message>
        <source>Sensitive: kept in the case file only, never used for publicity.</source>
        <translation>Nhạy cảm: chỉ lưu trong hồ sơ, không bao giờ dùng để tuyên truyền.</translation>
    </message>
    <message>
        <source>These are the stored rules of {year}.</source>
        <translation>Đây là quy định đã lưu của năm {year}.</translation>
    </message>
    <message>
        <source>{year} has no rules of its own yet: shown are those it follows. Saving stores them for {year}.</source>
        <translation>Năm {year} chưa có quy định riêng: đang hiện quy định được áp dụng theo. Bấm lưu để lưu thành quy định của năm {year}.</translation>
    </message>
    <message>
        <source>Unsaved rules</source>
        <translation>Quy định chưa lưu</translation>
    </message>
    <message>
        <source>The rules of {year} were changed but not saved. Save them first?</source>
        <translation>Quy định năm {year} đã được sửa nhưng chưa lưu. Lưu trước chứ?</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Chưa lưu: hãy sửa các ô báo đỏ.</translation>
    </message>
    <message>
        <source>Saved the rules of {year}.</source>
        <translation>Đã lưu quy định năm {year}.</translation>
    </message>
</context>
<context>
    <name>HousingStepPage</name>
    <message>
        <source>sensitive</source>
        <translation>nhạy cảm</translation>
    </message>
    <message>
        <source>Sensitive personal data (Law 91/2025/QH15): write and attach only what the case needs. It is never shown outside the case file.</source>
        <translation>Dữ liệu cá nhân nhạy cảm (Luật 91/2025/QH15): chỉ ghi và đính kèm những gì hồ sơ cần. Không bao giờ hiện ra ngoài hồ sơ.</translation>
    </message>
    <message>
        <source>“Next” is not available yet:</source>
        <translation>Chưa thể bấm “Tiếp”:</translation>
    </message>
</context>
<context>
    <name>HousingWizard</name>
    <message>
        <source>Mái ấm Công đoàn case</source>
        <translation>Hồ sơ Mái ấm Công đoàn</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Lưu và đóng</translation>
    </message>
    <message>
        <source>Finish and open the case file</source>
        <translation>Hoàn tất và mở hồ sơ</translation>
    </message>
    <message>
        <source>Saved at {time}. Still to correct: {reason}</source>
        <translation>Đã lưu lúc {time}. Cần sửa: {reason}</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Đã lưu lúc {time}.</translation>
    </message>
    <message>
        <source>The latest changes could not be saved (see the message at the bottom of the page). Close anyway? What was typed since the last save will be lost.</source>
        <translation>Chưa lưu được các thay đổi mới nhất (xem thông báo ở cuối trang). Vẫn đóng? Những gì đã gõ từ lần lưu trước sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>HubSettings</name>
    <message>
        <source>Sync server of the upper level</source>
        <translation>Máy chủ đồng bộ của cấp trên</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <source>The upper level gives you the address and the token. When both are saved, finished items are sent by themselves whenever the computer is online, and the upper level&apos;s decisions, plan and rules come back.</source>
        <translation>Cấp trên cung cấp địa chỉ và mã truy cập. Khi đã lưu cả hai, các nội dung đã hoàn tất sẽ tự động được gửi đi mỗi khi máy tính có mạng, đồng thời ý kiến xử lý, kế hoạch và quy định của cấp trên sẽ được tải về.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>A token is saved; type a new one to replace it</source>
        <translation>Đã lưu mã truy cập; nhập mã mới nếu muốn thay</translation>
    </message>
    <message>
        <source>Paste the token given by the upper level</source>
        <translation>Dán mã truy cập do cấp trên cung cấp</translation>
    </message>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Mã truy cập được lưu trong kho mật khẩu an toàn của hệ điều hành.</translation>
    </message>
    <message>
        <source>The token is kept in the data folder — anyone using this PC account can read it.</source>
        <translation>Mã truy cập được lưu trong thư mục dữ liệu — bất kỳ ai dùng tài khoản máy tính này đều đọc được.</translation>
    </message>
    <message>
        <source>Enter an address beginning with http:// or https://, for example https://dongbo.congdoan.vn</source>
        <translation>Nhập địa chỉ bắt đầu bằng http:// hoặc https://, ví dụ https://dongbo.congdoan.vn</translation>
    </message>
    <message>
        <source>Not saved: correct the address.</source>
        <translation>Chưa lưu: hãy sửa lại địa chỉ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Enter the server address and the access token first.</source>
        <translation>Hãy nhập địa chỉ máy chủ và mã truy cập trước.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>reviewer of its lower units</source>
        <translation>cấp xét duyệt của các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>sending unit</source>
        <translation>đơn vị gửi</translation>
    </message>
    <message>
        <source>Connected: {name} ({code}), {role}.</source>
        <translation>Đã kết nối: {name} ({code}), {role}.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and the Internet connection ({reason}).</source>
        <translation>Không kết nối được máy chủ. Đồng chí hãy kiểm tra địa chỉ và kết nối Internet ({reason}).</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is wrong or has been revoked.</source>
        <translation>Máy chủ không chấp nhận mã truy cập này: mã sai hoặc đã bị thu hồi.</translation>
    </message>
    <message>
        <source>No sync server answers at this address. Check the address.</source>
        <translation>Không có máy chủ đồng bộ nào trả lời ở địa chỉ này. Hãy kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <source>The server answered with an error: {detail}</source>
        <translation>Máy chủ báo lỗi: {detail}</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>Kiểm tra không thành công: {error}</translation>
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
    <name>InboxItemView</name>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Lượt người tham gia</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Lượt người tiếp cận</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Lượt tương tác</translation>
    </message>
    <message>
        <source>Grassroots unions with activities</source>
        <translation>CĐCS có hoạt động</translation>
    </message>
    <message>
        <source>Grassroots unions</source>
        <translation>Số CĐCS</translation>
    </message>
    <message>
        <source>Stories sent</source>
        <translation>Mô hình, gương đã gửi</translation>
    </message>
    <message>
        <source>Stories approved</source>
        <translation>Mô hình, gương được duyệt</translation>
    </message>
    <message>
        <source>New Union Home cases</source>
        <translation>Hồ sơ Mái ấm mới</translation>
    </message>
    <message>
        <source>Homes handed over</source>
        <translation>Nhà đã bàn giao</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Số tiền đã bàn giao</translation>
    </message>
    <message>
        <source>View PDF</source>
        <translation>Xem PDF</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Record that the item was received (Tiếp nhận)</source>
        <translation>Ghi nhận đã tiếp nhận nội dung này</translation>
    </message>
    <message>
        <source>Return for completion…</source>
        <translation>Trả lại để bổ sung…</translation>
    </message>
    <message>
        <source>Send the item back with a comment saying what to complete</source>
        <translation>Trả lại kèm nhận xét nêu rõ cần bổ sung gì</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Ảnh và tệp đính kèm</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại nội dung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Đơn vị gửi</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <source>Sender&apos;s key</source>
        <translation>Khóa của đơn vị gửi</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Nhận xét: {comment}</translation>
    </message>
    <message>
        <source>Decided on {date} by {who}.</source>
        <translation>Xử lý lúc {date}, người xử lý: {who}.</translation>
    </message>
    <message>
        <source>Sent to the unit in a receipt.</source>
        <translation>Đã gửi cho đơn vị trong phiếu phản hồi.</translation>
    </message>
    <message>
        <source>Not yet sent to the unit: export its receipt.</source>
        <translation>Chưa gửi cho đơn vị: hãy xuất phiếu phản hồi.</translation>
    </message>
    <message>
        <source>The document is read in its PDF, exactly as the unit issued it.</source>
        <translation>Văn bản được xem ở tệp PDF, đúng như đơn vị đã ban hành.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: {reason}</source>
        <translation>Không đọc được tệp PDF: {reason}</translation>
    </message>
    <message>
        <source>{number} · sent by {unit}</source>
        <translation>{number} · do {unit} gửi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Ý kiến xử lý</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Incoming</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Nhập gói…</translation>
    </message>
    <message>
        <source>Open a bundle file sent by a lower-level unit</source>
        <translation>Mở tệp gói do đơn vị cấp dưới gửi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the selected item (Enter)</source>
        <translation>Mở nội dung đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Consolidated report…</source>
        <translation>Báo cáo tổng hợp…</translation>
    </message>
    <message>
        <source>Add up the periodic reports of your units for a period</source>
        <translation>Cộng số liệu báo cáo định kỳ của các đơn vị cho một kỳ</translation>
    </message>
    <message>
        <source>Export receipt…</source>
        <translation>Xuất phiếu phản hồi…</translation>
    </message>
    <message>
        <source>Save your decisions for the selected unit as a file to send back</source>
        <translation>Lưu ý kiến xử lý cho đơn vị đang chọn thành tệp để gửi lại</translation>
    </message>
    <message>
        <source>Nothing received yet. Import the bundle file a lower-level unit sent you (USB stick, e-mail or Zalo): its items appear here, grouped by unit and period.</source>
        <translation>Chưa nhận được gì. Hãy nhập tệp gói do đơn vị cấp dưới gửi (qua USB, thư điện tử hoặc Zalo): các nội dung sẽ hiện ở đây, xếp theo đơn vị và kỳ báo cáo.</translation>
    </message>
    <message>
        <source>A bundle from {units} was refused because it is signed with a new key. Check the new fingerprint by phone, then accept or refuse it in Settings › Keys and receiving.</source>
        <translation>Gói của {units} đã bị từ chối vì được ký bằng khóa mới. Hãy đối chiếu mã vân tay mới qua điện thoại, sau đó chấp nhận hoặc từ chối ở mục Cài đặt › Khóa và tiếp nhận.</translation>
    </message>
    <message>
        <source>{count} items received · {undecided} awaiting decision</source>
        <translation>Đã nhận {count} nội dung · {undecided} chờ xử lý</translation>
    </message>
    <message>
        <source>Select a unit to send it your decisions.</source>
        <translation>Chọn một đơn vị để gửi ý kiến xử lý.</translation>
    </message>
    <message>
        <source>{unit}: {count} decisions not yet sent back.</source>
        <translation>{unit}: {count} ý kiến xử lý chưa gửi lại.</translation>
    </message>
    <message>
        <source>Import a bundle from a lower-level unit</source>
        <translation>Nhập gói của đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Export the receipt for {unit}</source>
        <translation>Xuất phiếu phản hồi cho {unit}</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Đang ghi phiếu phản hồi…</translation>
    </message>
</context>
<context>
    <name>InboxTreeModel</name>
    <message>
        <source>Subject or title</source>
        <translation>Trích yếu, tiêu đề</translation>
    </message>
    <message>
        <source>Number or kind</source>
        <translation>Số, ký hiệu hoặc loại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Ý kiến xử lý</translation>
    </message>
    <message>
        <source>Returned for completion: {comment}</source>
        <translation>Trả lại để bổ sung: {comment}</translation>
    </message>
    <message>
        <source>Not yet sent to the unit: export its receipt.</source>
        <translation>Chưa gửi cho đơn vị: hãy xuất phiếu phản hồi.</translation>
    </message>
    <message>
        <source>{unit} — {count} items · {undecided} awaiting decision · {unsent} decisions not sent</source>
        <translation>{unit} — {count} nội dung · {undecided} chờ xử lý · {unsent} ý kiến chưa gửi</translation>
    </message>
</context>
<context>
    <name>IndicatorRows</name>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>houses</source>
        <translation>căn</translation>
    </message>
    <message>
        <source>{actual} / {target}</source>
        <translation>{actual} / {target}</translation>
    </message>
    <message>
        <source>On pace for today</source>
        <translation>Đạt tiến độ tính đến hôm nay</translation>
    </message>
    <message>
        <source>Behind the pace expected by today</source>
        <translation>Chậm so với tiến độ cần đạt tính đến hôm nay</translation>
    </message>
    <message>
        <source>No target in the plan</source>
        <translation>Kế hoạch không đặt chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue the document</source>
        <translation>Ban hành văn bản</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Once issued, the document is kept exactly as it is now, under this number, and it cannot be changed. If its content changes later, issuing it again takes a new number; the earlier document stays in the register.</source>
        <translation>Sau khi ban hành, văn bản được lưu giữ đúng như hiện tại, với số này, và không thể sửa đổi. Nếu sau này nội dung thay đổi, việc ban hành lại sẽ lấy số mới; văn bản trước vẫn được giữ trong sổ văn bản.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>The document will show:</source>
        <translation>Trên văn bản sẽ in:</translation>
    </message>
    <message>
        <source>The signer&apos;s name is missing. Enter it in Settings › Unit, then make the document again: an issued document cannot be changed.</source>
        <translation>Chưa có họ tên người ký. Hãy nhập trong Cài đặt › Đơn vị rồi lập lại văn bản: văn bản đã ban hành không sửa được.</translation>
    </message>
    <message>
        <source>{number} of {year} is already in the register. Choose another number.</source>
        <translation>{number} năm {year} đã có trong sổ văn bản. Hãy chọn số khác.</translation>
    </message>
    <message>
        <source>Number {first} of {year} will be left unused. Choose a later number only to keep in step with the office&apos;s paper register.</source>
        <translation>Số {first} năm {year} sẽ bị bỏ trống. Chỉ chọn số lớn hơn khi cần khớp với sổ văn bản giấy của cơ quan.</translation>
    </message>
    <message>
        <source>Numbers {first} to {last} of {year} will be left unused. Choose a later number only to keep in step with the office&apos;s paper register.</source>
        <translation>Các số từ {first} đến {last} năm {year} sẽ bị bỏ trống. Chỉ chọn số lớn hơn khi cần khớp với sổ văn bản giấy của cơ quan.</translation>
    </message>
</context>
<context>
    <name>IssuedTableModel</name>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>KeyChangedDialog</name>
    <message>
        <source>Warning: the unit&apos;s key has changed</source>
        <translation>Cảnh báo: khóa của đơn vị đã thay đổi</translation>
    </message>
    <message>
        <source>{unit} signed this bundle with a different key</source>
        <translation>{unit} đã ký gói này bằng một khóa khác</translation>
    </message>
    <message>
        <source>The key of {unit} is not the one pinned when its first bundle arrived. This happens when the unit reinstalled CĐTT Desktop or changed computer — and also when someone else pretends to be the unit.

Call the officer of {unit} on a phone number you already know and ask them to read the fingerprint shown in their Settings › Keys and receiving. Accept the new key only if every group matches.</source>
        <translation>Khóa của {unit} không phải khóa đã ghi nhận khi nhận gói đầu tiên. Việc này xảy ra khi đơn vị cài lại CĐTT Desktop hoặc đổi máy tính — và cả khi có người khác mạo danh đơn vị.

Hãy gọi cho cán bộ của {unit} theo số điện thoại đồng chí đã biết từ trước, đề nghị đọc mã vân tay trong mục Cài đặt › Khóa và tiếp nhận của họ. Chỉ chấp nhận khóa mới khi mọi nhóm ký tự đều khớp.</translation>
    </message>
    <message>
        <source>Pinned key</source>
        <translation>Khóa đã ghi nhận</translation>
    </message>
    <message>
        <source>Key in this bundle</source>
        <translation>Khóa trong gói này</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Chấp nhận khóa mới</translation>
    </message>
</context>
<context>
    <name>KeysSettings</name>
    <message>
        <source>This installation&apos;s key</source>
        <translation>Khóa của máy này</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the fingerprint, to paste it into a message</source>
        <translation>Sao chép mã vân tay để dán vào tin nhắn</translation>
    </message>
    <message>
        <source>When you send your first bundle, read this fingerprint to the upper level by phone, so that they can be sure the bundle comes from you.</source>
        <translation>Khi gửi gói đầu tiên, hãy đọc mã vân tay này cho cấp trên qua điện thoại để cấp trên chắc chắn gói do đơn vị mình gửi.</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>This office receives bundles from lower-level units</source>
        <translation>Cơ quan này tiếp nhận gói của các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>The “Incoming” page appears in the navigation: items grouped by sending unit, your decisions, and the receipts that carry them back. Importing a bundle from a lower level switches this on by itself.</source>
        <translation>Trang “Tiếp nhận” sẽ hiện trong thanh điều hướng: các nội dung xếp theo đơn vị gửi, ý kiến xử lý và phiếu phản hồi gửi lại. Khi nhập gói của cấp dưới, mục này tự động được bật.</translation>
    </message>
    <message>
        <source>Keys of other units</source>
        <translation>Khóa của các đơn vị khác</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Mã vân tay</translation>
    </message>
    <message>
        <source>Pinned on</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <source>No key is pinned yet. A unit&apos;s key is pinned when its first bundle is imported.</source>
        <translation>Chưa ghi nhận khóa nào. Khóa của một đơn vị được ghi nhận khi nhập gói đầu tiên của đơn vị đó.</translation>
    </message>
    <message>
        <source>Accept the new key?</source>
        <translation>Chấp nhận khóa mới?</translation>
    </message>
    <message>
        <source>Did the officer of {unit} read you this fingerprint on the phone?

{offered}

Accept it only if every group matches.</source>
        <translation>Cán bộ của {unit} đã đọc cho đồng chí mã vân tay này qua điện thoại chưa?

{offered}

Chỉ chấp nhận khi mọi nhóm ký tự đều khớp.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>What is the story about?</source>
        <translation>Câu chuyện nói về ai, về việc gì?</translation>
    </message>
    <message>
        <source>Choose one kind. The grassroots union and the campaign are optional; they help find the story later and count it in reports.</source>
        <translation>Chọn một loại. CĐCS và chiến dịch không bắt buộc; chọn để sau này dễ tìm và được tính vào báo cáo.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không chọn —</translation>
    </message>
    <message>
        <source>— no campaign —</source>
        <translation>— không thuộc chiến dịch —</translation>
    </message>
    <message>
        <source>For publication (press, the unit&apos;s page)</source>
        <translation>Để đăng báo (báo chí, trang tin của đơn vị)</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>CĐCS</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>A story for publication needs at least 1 photo, and every person shown must agree to publication.</source>
        <translation>Câu chuyện để đăng báo cần ít nhất 1 ảnh, và mọi người được nêu phải đồng ý cho đăng công khai.</translation>
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
        <source>Incoming</source>
        <translation>Tiếp nhận</translation>
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
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Set the sync server&apos;s address in Settings first.</source>
        <translation>Hãy nhập địa chỉ máy chủ đồng bộ trong Cài đặt trước.</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
</context>
<context>
    <name>MonthCard</name>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>This month ({month})</source>
        <translation>Tháng này ({month})</translation>
    </message>
    <message>
        <source>No activity and no target for this month yet.</source>
        <translation>Tháng này chưa có hoạt động và chưa có chỉ tiêu.</translation>
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
    <name>OfferedKeyFrame</name>
    <message>
        <source>&lt;b&gt;{unit} signed a bundle with a new key.&lt;/b&gt; Pinned key: &lt;tt&gt;{pinned}&lt;/tt&gt; — new key: &lt;tt&gt;{offered}&lt;/tt&gt;. Call the unit on a number you already know and compare the new fingerprint before accepting it.</source>
        <translation>&lt;b&gt;{unit} đã ký một gói bằng khóa mới.&lt;/b&gt; Khóa đã ghi nhận: &lt;tt&gt;{pinned}&lt;/tt&gt; — khóa mới: &lt;tt&gt;{offered}&lt;/tt&gt;. Hãy gọi cho đơn vị theo số điện thoại đã biết và đối chiếu mã vân tay mới trước khi chấp nhận.</translation>
    </message>
    <message>
        <source>Accept new key</source>
        <translation>Chấp nhận khóa mới</translation>
    </message>
    <message>
        <source>Keep the old key</source>
        <translation>Giữ khóa cũ</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Send upward</source>
        <translation>Gửi lên cấp trên</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Xuất gói…</translation>
    </message>
    <message>
        <source>Save the selected items as one signed bundle file</source>
        <translation>Lưu các nội dung đang chọn thành một tệp gói có ký số</translation>
    </message>
    <message>
        <source>Export all waiting…</source>
        <translation>Xuất tất cả chưa gửi…</translation>
    </message>
    <message>
        <source>Save every item not sent yet as one signed bundle file</source>
        <translation>Lưu mọi nội dung chưa gửi thành một tệp gói có ký số</translation>
    </message>
    <message>
        <source>Import receipt…</source>
        <translation>Nhập phiếu phản hồi…</translation>
    </message>
    <message>
        <source>Open the answer file sent back by the upper level</source>
        <translation>Mở tệp phản hồi do cấp trên gửi về</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Nothing to send yet. Issue a report in Reports, or finish a story in Models &amp; exemplars: it appears here, ready to be sent upward.</source>
        <translation>Chưa có gì để gửi. Hãy ban hành báo cáo ở mục Báo cáo, hoặc hoàn thiện một mô hình, gương ở mục Mô hình &amp; gương: nội dung sẽ hiện ở đây, sẵn sàng gửi lên cấp trên.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>{count} items · {waiting} not sent · {returned} returned</source>
        <translation>{count} nội dung · {waiting} chưa gửi · {returned} bị trả lại</translation>
    </message>
    <message>
        <source>Returned for completion on {date}: {title}</source>
        <translation>Trả lại để bổ sung ngày {date}: {title}</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói…</translation>
    </message>
    <message>
        <source>Import the upper level&apos;s receipt</source>
        <translation>Nhập phiếu phản hồi của cấp trên</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number or kind</source>
        <translation>Số, ký hiệu hoặc loại</translation>
    </message>
    <message>
        <source>Subject or title</source>
        <translation>Trích yếu, tiêu đề</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Máy chủ đồng bộ</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>Lỗi: {reason}</translation>
    </message>
    <message>
        <source>Quarantined: {reason}</source>
        <translation>Cách ly: {reason}</translation>
    </message>
    <message>
        <source>the hub already has this submission with other content</source>
        <translation>máy chủ đã có lần gửi này với nội dung khác</translation>
    </message>
    <message>
        <source>the hub does not let this unit send this item</source>
        <translation>máy chủ không cho đơn vị gửi nội dung này</translation>
    </message>
    <message>
        <source>files are missing on the hub; they are sent again next time</source>
        <translation>máy chủ còn thiếu tệp đính kèm; lần đồng bộ sau sẽ gửi lại</translation>
    </message>
    <message>
        <source>the hub could not accept the data</source>
        <translation>máy chủ không nhận được dữ liệu này</translation>
    </message>
    <message>
        <source>a file is larger than the hub accepts</source>
        <translation>có tệp lớn hơn mức máy chủ cho phép</translation>
    </message>
    <message>
        <source>the access token is wrong or was revoked (Settings › Sync server)</source>
        <translation>mã truy cập sai hoặc đã bị thu hồi (Cài đặt › Máy chủ đồng bộ)</translation>
    </message>
    <message>
        <source>the hub could not be reached; trying again later</source>
        <translation>không kết nối được máy chủ; sẽ tự thử lại sau</translation>
    </message>
    <message>
        <source>{kind}, revision {revision}</source>
        <translation>{kind}, lần {revision}</translation>
    </message>
    <message>
        <source>Returned for completion: {comment}</source>
        <translation>Trả lại để bổ sung: {comment}</translation>
    </message>
    <message>
        <source>Sent on {date}</source>
        <translation>Đã gửi lúc {date}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>The charts appear in a moment…</source>
        <translation>Biểu đồ sẽ hiện ra trong giây lát…</translation>
    </message>
    <message>
        <source>The figures could not be computed. Press F5 to try again.</source>
        <translation>Chưa tính được số liệu. Nhấn F5 để thử lại.</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Save a copy of the document</source>
        <translation>Lưu bản sao văn bản</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Không ghi được tệp: {reason}</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>In văn bản</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật và đã kết nối, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>Hiển thị trang vừa với chiều ngang cửa sổ</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Save a copy of the PDF</source>
        <translation>Lưu một bản sao tệp PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>In văn bản</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Trang {page}/{count}</translation>
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
    <name>ReportComposer</name>
    <message>
        <source>Compute figures</source>
        <translation>Tính số liệu</translation>
    </message>
    <message>
        <source>Include charts</source>
        <translation>Kèm biểu đồ</translation>
    </message>
    <message>
        <source>Add two charts after the results by channel: activities per week by channel, and the plan&apos;s targets added up week by week</source>
        <translation>Thêm hai biểu đồ sau phần kết quả theo kênh: số hoạt động theo tuần của từng kênh, và kết quả thực hiện chỉ tiêu kế hoạch cộng dồn theo tuần</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>See the report as it will be printed (Ctrl+Shift+P)</source>
        <translation>Xem báo cáo như khi in ra (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>Số liệu của kỳ báo cáo</translation>
    </message>
    <message>
        <source>Restored your unsaved text from {time}.</source>
        <translation>Đã khôi phục phần nội dung đang viết dở, lưu lúc {time}.</translation>
    </message>
    <message>
        <source>The figures could not be computed: {reason}</source>
        <translation>Không tính được số liệu: {reason}</translation>
    </message>
    <message>
        <source>The unit is not set up yet, so the report has no letterhead: finish the set-up (Settings → Unit) before previewing or issuing.</source>
        <translation>Chưa khai báo đơn vị nên báo cáo chưa có tên cơ quan ban hành: hãy hoàn tất phần khai báo (Cài đặt → Đơn vị) trước khi xem trước hoặc ban hành.</translation>
    </message>
    <message>
        <source>There is no plan for {year}: the figures are shown without targets.</source>
        <translation>Chưa có kế hoạch năm {year}: số liệu được hiển thị không kèm chỉ tiêu.</translation>
    </message>
    <message>
        <source>Report: {subject}</source>
        <translation>Báo cáo: {subject}</translation>
    </message>
    <message>
        <source>Issued as {number}</source>
        <translation>Đã ban hành: {number}</translation>
    </message>
</context>
<context>
    <name>ReportFiguresTree</name>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu kỳ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Theo kênh truyền thông</translation>
    </message>
    <message>
        <source>By content group</source>
        <translation>Theo nhóm nội dung</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Số hoạt động</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Lượt tham gia</translation>
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
        <source>Grassroots unions with activities</source>
        <translation>CĐCS có hoạt động</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>Without a content group</source>
        <translation>Chưa phân nhóm nội dung</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>No campaign in this period</source>
        <translation>Không có chiến dịch trong kỳ</translation>
    </message>
    <message>
        <source>Models and exemplars</source>
        <translation>Mô hình hay, gương điển hình</translation>
    </message>
    <message>
        <source>Introduced upward</source>
        <translation>Đã giới thiệu lên cấp trên</translation>
    </message>
    <message>
        <source>Approved by the level above</source>
        <translation>Được cấp trên duyệt</translation>
    </message>
    <message>
        <source>Being written at the end of the period</source>
        <translation>Đang hoàn thiện đến cuối kỳ</translation>
    </message>
    <message>
        <source>Awaiting the level above at the end of the period</source>
        <translation>Chờ cấp trên xem xét đến cuối kỳ</translation>
    </message>
    <message>
        <source>Union Homes (Mái ấm)</source>
        <translation>Mái ấm Công đoàn</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>Hồ sơ đề nghị mới</translation>
    </message>
    <message>
        <source>Decided to support</source>
        <translation>Được quyết định hỗ trợ</translation>
    </message>
    <message>
        <source>Amount decided</source>
        <translation>Số tiền được quyết định</translation>
    </message>
    <message>
        <source>Homes handed over</source>
        <translation>Nhà đã bàn giao</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Số tiền hỗ trợ đã bàn giao</translation>
    </message>
</context>
<context>
    <name>ReportNarrativeEditor</name>
    <message>
        <source>The figures and tables of this part are computed from the records when the report is made (see the figures beside).</source>
        <translation>Số liệu và các bảng của phần này được tính từ dữ liệu đã ghi nhận khi lập báo cáo (xem số liệu bên cạnh).</translation>
    </message>
    <message>
        <source>II. Results</source>
        <translation>II. Kết quả thực hiện</translation>
    </message>
    <message>
        <source>III. Assessment</source>
        <translation>III. Đánh giá</translation>
    </message>
    <message>
        <source>I. Situation</source>
        <translation>I. Đặc điểm tình hình</translation>
    </message>
    <message>
        <source>1. Strengths</source>
        <translation>1. Ưu điểm</translation>
    </message>
    <message>
        <source>2. Weaknesses</source>
        <translation>2. Hạn chế</translation>
    </message>
    <message>
        <source>3. Causes</source>
        <translation>3. Nguyên nhân</translation>
    </message>
    <message>
        <source>IV. Directions for the next period</source>
        <translation>IV. Phương hướng kỳ tới</translation>
    </message>
    <message>
        <source>V. Proposals and recommendations</source>
        <translation>V. Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source>Refill from figures</source>
        <translation>Điền lại theo số liệu</translation>
    </message>
    <message>
        <source>Replace this part with the sentences computed from the figures. Ctrl+Z in the text brings back what was there.</source>
        <translation>Thay nội dung phần này bằng các câu viết từ số liệu. Nhấn Ctrl+Z trong ô văn bản để lấy lại nội dung cũ.</translation>
    </message>
    <message>
        <source>The sentences computed from the figures will appear here…</source>
        <translation>Các câu viết từ số liệu sẽ hiện ở đây…</translation>
    </message>
</context>
<context>
    <name>ReportPeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>Quý {number}</translation>
    </message>
    <message>
        <source>First half-year (January–June)</source>
        <translation>6 tháng đầu năm (tháng 1 – tháng 6)</translation>
    </message>
    <message>
        <source>Second half-year (July–December)</source>
        <translation>6 tháng cuối năm (tháng 7 – tháng 12)</translation>
    </message>
    <message>
        <source>Report for</source>
        <translation>Báo cáo theo</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>There is no plan for {year} yet, so no campaign to choose. Make the year&apos;s plan in Settings → Plan, or choose another year.</source>
        <translation>Chưa có kế hoạch năm {year} nên chưa có chiến dịch để chọn. Hãy lập kế hoạch của năm trong Cài đặt → Kế hoạch, hoặc chọn năm khác.</translation>
    </message>
    <message>
        <source>The plan for {year} has no campaign. Add campaigns in Settings → Plan, or choose another year.</source>
        <translation>Kế hoạch năm {year} chưa có chiến dịch nào. Hãy thêm chiến dịch trong Cài đặt → Kế hoạch, hoặc chọn năm khác.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Sổ văn bản đã ban hành</translation>
    </message>
</context>
<context>
    <name>ResumeDraftsBar</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} stories are not finished.&lt;/b&gt; What was typed is saved; go on where you left off:</source>
        <translation>&lt;b&gt;Có {count} câu chuyện đang viết dở.&lt;/b&gt; Những gì đã gõ vẫn được lưu; viết tiếp từ chỗ đã dừng:</translation>
    </message>
    <message>
        <source>{title} — {kind}, last changed {time}</source>
        <translation>{title} — {kind}, sửa lần cuối {time}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>…and {count} more: choose the status “Draft” to see them all.</source>
        <translation>…và {count} câu chuyện khác: chọn trạng thái “Nháp” để xem tất cả.</translation>
    </message>
</context>
<context>
    <name>ReturnCommentDialog</name>
    <message>
        <source>Return for completion</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>What must the unit complete or correct? The unit reads this comment with the item.</source>
        <translation>Đơn vị cần bổ sung hoặc sửa nội dung gì? Đơn vị sẽ đọc nhận xét này cùng với nội dung.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finish</source>
        <translation>Xem lại và hoàn tất</translation>
    </message>
    <message>
        <source>Read the submission once more. “Finish (ready to send)” fixes this revision: it can then be read but not changed. Until then it stays a draft.</source>
        <translation>Đọc lại toàn bộ hồ sơ một lần nữa. “Hoàn tất (Sẵn sàng gửi)” sẽ chốt bản này: sau đó chỉ xem được, không sửa được. Trước khi hoàn tất, câu chuyện vẫn là bản nháp.</translation>
    </message>
    <message>
        <source>Step {number} · {step}</source>
        <translation>Bước {number} · {step}</translation>
    </message>
    <message>
        <source>Still missing before the story can be finished (double-click an item to go to its step):</source>
        <translation>Còn thiếu trước khi có thể hoàn tất (bấm đúp vào một dòng để về bước đó):</translation>
    </message>
    <message>
        <source>Nothing is missing: the story can be finished.</source>
        <translation>Đã đủ thông tin: có thể hoàn tất câu chuyện.</translation>
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
    <message>
        <source>“{name}” is {size} MB; a file can be at most {limit} MB.</source>
        <translation>Tệp “{name}” có dung lượng {size} MB; mỗi tệp tối đa {limit} MB.</translation>
    </message>
    <message>
        <source>“{name}” is {pixels} pixels on its long side; a photo can be at most {limit} pixels.</source>
        <translation>Ảnh “{name}” có cạnh dài {pixels} điểm ảnh; ảnh chỉ được tối đa {limit} điểm ảnh.</translation>
    </message>
    <message>
        <source>“{name}” is not a JPEG, PNG or WebP photo.</source>
        <translation>Tệp “{name}” không phải ảnh JPEG, PNG hoặc WebP.</translation>
    </message>
    <message>
        <source>“{name}” is not a PDF, Word, Excel, JPEG or PNG file.</source>
        <translation>Tệp “{name}” không phải tệp PDF, Word, Excel, JPEG hoặc PNG.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: it may have been moved or be in use.</source>
        <translation>Không đọc được tệp “{name}”: tệp có thể đã bị chuyển đi hoặc đang được mở ở chương trình khác.</translation>
    </message>
    <message>
        <source>“{name}” is already attached to this story.</source>
        <translation>Tệp “{name}” đã được đính kèm vào hồ sơ này.</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Mô hình, cách làm hay</translation>
    </message>
    <message>
        <source>Exemplary person</source>
        <translation>Cá nhân điển hình</translation>
    </message>
    <message>
        <source>Exemplary collective</source>
        <translation>Tập thể điển hình</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Sẵn sàng gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Returned for completion</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Kind of story</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Years of service</source>
        <translation>Số năm công tác</translation>
    </message>
    <message>
        <source>Name of the collective</source>
        <translation>Tên tập thể</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Name of the practice</source>
        <translation>Tên mô hình, cách làm</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Context and need</source>
        <translation>Bối cảnh và nhu cầu</translation>
    </message>
    <message>
        <source>What was done and how</source>
        <translation>Đã làm gì và làm như thế nào</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Số người được hưởng lợi</translation>
    </message>
    <message>
        <source>Money raised</source>
        <translation>Số tiền vận động</translation>
    </message>
    <message>
        <source>Members recruited</source>
        <translation>Số đoàn viên kết nạp</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Số giờ tiết kiệm</translation>
    </message>
    <message>
        <source>What is new</source>
        <translation>Điểm mới</translation>
    </message>
    <message>
        <source>How others can copy it</source>
        <translation>Cách nhân rộng</translation>
    </message>
    <message>
        <source>Press links</source>
        <translation>Đường dẫn bài báo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>The parts add up to {parts} đồng, but the total cost is {total} đồng (difference {difference}).</source>
        <translation>Các nguồn cộng lại được {parts} đồng, nhưng tổng chi phí là {total} đồng (chênh lệch {difference}).</translation>
    </message>
    <message>
        <source>Union member for {years} years; the rules of {year} ask for at least {minimum}.</source>
        <translation>Thời gian là đoàn viên {years} năm; quy định năm {year} yêu cầu ít nhất {minimum} năm.</translation>
    </message>
    <message>
        <source>Missing document: {document}.</source>
        <translation>Thiếu giấy tờ: {document}.</translation>
    </message>
    <message>
        <source>Record the beneficiary&apos;s consent to handling the case.</source>
        <translation>Ghi nhận sự đồng ý của người được hỗ trợ cho việc xử lý hồ sơ.</translation>
    </message>
    <message>
        <source>The union support requested ({requested} đồng) is above the {limit} đồng of this year&apos;s rules.</source>
        <translation>Mức hỗ trợ đề nghị ({requested} đồng) cao hơn mức {limit} đồng theo quy định năm nay.</translation>
    </message>
    <message>
        <source>A case at “{current}” cannot move to “{target}”.</source>
        <translation>Hồ sơ đang ở bước “{current}” không thể chuyển sang “{target}”.</translation>
    </message>
    <message>
        <source>A returned case goes back to “{step}”, the step it was returned from.</source>
        <translation>Hồ sơ bị trả lại chỉ quay về bước “{step}”, là bước đã trả lại hồ sơ.</translation>
    </message>
    <message>
        <source>Write what must be completed before the case is returned.</source>
        <translation>Ghi rõ những gì cần bổ sung trước khi trả lại hồ sơ.</translation>
    </message>
    <message>
        <source>Write why the case is not eligible.</source>
        <translation>Ghi rõ lý do hồ sơ không đủ điều kiện.</translation>
    </message>
    <message>
        <source>Enter “{item}” before this step.</source>
        <translation>Cần nhập “{item}” trước khi chuyển sang bước này.</translation>
    </message>
    <message>
        <source>Attach “{document}” before this step.</source>
        <translation>Cần đính kèm “{document}” trước khi chuyển sang bước này.</translation>
    </message>
    <message>
        <source>The case does not meet every rule of the year: write a justification to go on.</source>
        <translation>Hồ sơ chưa đáp ứng đủ các quy định của năm: ghi rõ lý do để tiếp tục xử lý.</translation>
    </message>
    <message>
        <source>The date cannot be before the previous step ({date}).</source>
        <translation>Ngày không được trước ngày của bước liền trước ({date}).</translation>
    </message>
    <message>
        <source>The approved amount ({approved} đồng) is above the union support requested ({requested} đồng).</source>
        <translation>Số tiền được duyệt ({approved} đồng) cao hơn số tiền đề nghị công đoàn hỗ trợ ({requested} đồng).</translation>
    </message>
    <message>
        <source>The amount must be more than 0 đồng.</source>
        <translation>Số tiền phải lớn hơn 0 đồng.</translation>
    </message>
    <message>
        <source>A case that is closed or not eligible can no longer be changed.</source>
        <translation>Hồ sơ đã đóng hoặc không đủ điều kiện thì không sửa được nữa.</translation>
    </message>
    <message>
        <source>This case has been anonymised and can no longer be changed.</source>
        <translation>Hồ sơ đã được ẩn danh, không sửa được nữa.</translation>
    </message>
    <message>
        <source>Only a closed case or a case found not eligible can be anonymised.</source>
        <translation>Chỉ ẩn danh được hồ sơ đã đóng hoặc hồ sơ không đủ điều kiện.</translation>
    </message>
    <message>
        <source>“{document}” is sensitive and is never used for publicity.</source>
        <translation>“{document}” là dữ liệu nhạy cảm, không bao giờ được dùng để tuyên truyền.</translation>
    </message>
    <message>
        <source>The beneficiary has not consented to photos for publicity (or has withdrawn it).</source>
        <translation>Người được hỗ trợ chưa đồng ý cho dùng ảnh để tuyên truyền (hoặc đã rút lại sự đồng ý).</translation>
    </message>
    <message>
        <source>Enter the union support requested.</source>
        <translation>Nhập số tiền đề nghị công đoàn hỗ trợ.</translation>
    </message>
    <message>
        <source>Describe the family&apos;s hardship: circumstances, illness or dependants.</source>
        <translation>Mô tả hoàn cảnh khó khăn của gia đình: hoàn cảnh, bệnh tật hoặc người phụ thuộc.</translation>
    </message>
    <message>
        <source>Enter since when the beneficiary has been a union member.</source>
        <translation>Nhập ngày người được hỗ trợ bắt đầu tham gia công đoàn.</translation>
    </message>
    <message>
        <source>A consent needs the date it was given and who recorded it.</source>
        <translation>Sự đồng ý cần có ngày đồng ý và người ghi nhận.</translation>
    </message>
    <message>
        <source>There is no consent of this kind to withdraw.</source>
        <translation>Không có sự đồng ý loại này để rút lại.</translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2200.</source>
        <translation>Năm phải trong khoảng từ 1990 đến 2200.</translation>
    </message>
    <message>
        <source>The membership years must be between 0 and {limit}.</source>
        <translation>Số năm tham gia công đoàn phải từ 0 đến {limit}.</translation>
    </message>
    <message>
        <source>A CCCD number has exactly 12 digits (this one has {length}).</source>
        <translation>Số CCCD phải có đúng 12 chữ số (số đã nhập có {length} chữ số).</translation>
    </message>
    <message>
        <source>A CCCD number has digits only, with no spaces or letters.</source>
        <translation>Số CCCD chỉ gồm chữ số, không có khoảng trắng hay chữ cái.</translation>
    </message>
    <message>
        <source>This CCCD number is for someone born in {cccd_year}, but the birth year is {year}.</source>
        <translation>Số CCCD này ứng với người sinh năm {cccd_year}, nhưng năm sinh đã nhập là {year}.</translation>
    </message>
    <message>
        <source>Digit 4 of this CCCD number ({digit}) is for a woman, but the sex is male.</source>
        <translation>Chữ số thứ 4 của số CCCD ({digit}) là mã của nữ, nhưng giới tính đã chọn là nam.</translation>
    </message>
    <message>
        <source>Digit 4 of this CCCD number ({digit}) is for a man, but the sex is female.</source>
        <translation>Chữ số thứ 4 của số CCCD ({digit}) là mã của nam, nhưng giới tính đã chọn là nữ.</translation>
    </message>
    <message>
        <source>A phone number has digits only; spaces, dots and +84 are allowed.</source>
        <translation>Số điện thoại chỉ gồm chữ số; được phép có khoảng trắng, dấu chấm và +84.</translation>
    </message>
    <message>
        <source>This looks like a landline number; enter a 10-digit mobile number, for example 0912 345 678.</source>
        <translation>Đây có vẻ là số máy bàn; hãy nhập số di động 10 chữ số, ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <source>Enter a 10-digit mobile number, for example 0912 345 678 or +84 912 345 678.</source>
        <translation>Hãy nhập số di động 10 chữ số, ví dụ 0912 345 678 hoặc +84 912 345 678.</translation>
    </message>
    <message>
        <source>The prefix {prefix} is not a known mobile network; check the number.</source>
        <translation>Đầu số {prefix} không thuộc nhà mạng di động đã biết; hãy kiểm tra lại số điện thoại.</translation>
    </message>
    <message>
        <source>NĐ 30 allows {low} to {high} here.</source>
        <translation>NĐ 30 cho phép từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Choose at least one case for the proposal.</source>
        <translation>Hãy chọn ít nhất một hồ sơ để lập tờ trình.</translation>
    </message>
    <message>
        <source>There is no case with the id {id}.</source>
        <translation>Không có hồ sơ nào có mã {id}.</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is in the trash: restore it first.</source>
        <translation>Hồ sơ số {number} ({name}) đang ở thùng rác: hãy khôi phục trước.</translation>
    </message>
    <message>
        <source>Case {number} ({name}) has been anonymised: no document is made of it.</source>
        <translation>Hồ sơ số {number} ({name}) đã được ẩn danh: không lập văn bản cho hồ sơ này.</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is at “{step}”: a proposal is made at the survey or proposal step.</source>
        <translation>Hồ sơ số {number} ({name}) đang ở bước “{step}”: tờ trình chỉ lập ở bước khảo sát hoặc tờ trình.</translation>
    </message>
    <message>
        <source>Case {number} ({name}) has no union support amount to propose.</source>
        <translation>Hồ sơ số {number} ({name}) chưa có số tiền đề nghị công đoàn hỗ trợ.</translation>
    </message>
    <message>
        <source>Case {number} ({name}) is at “{step}”: a handover record is made at acceptance, handover or after.</source>
        <translation>Hồ sơ số {number} ({name}) đang ở bước “{step}”: biên bản bàn giao chỉ lập từ bước nghiệm thu trở đi.</translation>
    </message>
    <message>
        <source>This story is in the trash: restore it before making a document of it.</source>
        <translation>Câu chuyện này đang ở thùng rác: hãy khôi phục trước khi lập văn bản.</translation>
    </message>
    <message>
        <source>Write the period as 2026-11 (a month), 2026-Q4 (a quarter), 2026-H2 (a half-year) or 2026 (a year).</source>
        <translation>Ghi kỳ báo cáo theo dạng 2026-11 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng) hoặc 2026 (năm).</translation>
    </message>
    <message>
        <source>There is no month {month}: write 01 to 12.</source>
        <translation>Không có tháng {month}: ghi từ 01 đến 12.</translation>
    </message>
    <message>
        <source>There is no quarter {quarter}: write Q1 to Q4.</source>
        <translation>Không có quý {quarter}: ghi từ Q1 đến Q4.</translation>
    </message>
    <message>
        <source>There is no half-year {half}: write H1 or H2.</source>
        <translation>Không có kỳ 6 tháng {half}: ghi H1 (6 tháng đầu năm) hoặc H2 (6 tháng cuối năm).</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>Năm phải từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>Chiến dịch có ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is missing: enter it in Settings › Unit first.</source>
        <translation>Chưa có họ tên người ký: hãy nhập trong Cài đặt › Đơn vị trước.</translation>
    </message>
    <message>
        <source>This file cannot be read as a bundle (ZIP file): {detail}.</source>
        <translation>Không đọc được tệp này như một gói (tệp ZIP): {detail}.</translation>
    </message>
    <message>
        <source>The bundle is incomplete or damaged, perhaps cut short while copying: {detail}.</source>
        <translation>Gói không đầy đủ hoặc bị hỏng, có thể do sao chép bị ngắt giữa chừng: {detail}.</translation>
    </message>
    <message>
        <source>This file is not a CĐTT bundle (its format is “{detail}”).</source>
        <translation>Tệp này không phải là gói CĐTT (định dạng của tệp là “{detail}”).</translation>
    </message>
    <message>
        <source>The bundle has format version {detail}, which this version of the program cannot read. Update the program, then try again.</source>
        <translation>Gói có định dạng phiên bản {detail}, phiên bản chương trình này chưa đọc được. Hãy cập nhật chương trình rồi thử lại.</translation>
    </message>
    <message>
        <source>The bundle holds data that cannot be read: {detail}.</source>
        <translation>Gói chứa dữ liệu không đọc được: {detail}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its contents: {detail} was changed after signing.</source>
        <translation>Chữ ký số của gói không khớp với nội dung: {detail} đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>The bundle holds a file with a forbidden name: {detail}.</source>
        <translation>Gói chứa tệp có tên không được phép: {detail}.</translation>
    </message>
    <message>
        <source>The bundle holds a link instead of a file: {detail}.</source>
        <translation>Gói chứa một liên kết (link) thay cho tệp: {detail}.</translation>
    </message>
    <message>
        <source>The bundle holds the same file name twice: {detail}.</source>
        <translation>Gói chứa hai tệp trùng tên: {detail}.</translation>
    </message>
    <message>
        <source>A file in the bundle is larger than allowed: {detail}.</source>
        <translation>Một tệp trong gói lớn hơn mức cho phép: {detail}.</translation>
    </message>
    <message>
        <source>The files in the bundle are larger than allowed in total (the limit is passed at {detail}).</source>
        <translation>Tổng dung lượng các tệp trong gói vượt mức cho phép (vượt giới hạn tại {detail}).</translation>
    </message>
    <message>
        <source>The bundle holds more files than allowed: {detail}.</source>
        <translation>Gói chứa nhiều tệp hơn mức cho phép: {detail}.</translation>
    </message>
    <message>
        <source>A file in the bundle is compressed suspiciously much (a possible “zip bomb”): {detail}.</source>
        <translation>Một tệp trong gói được nén với tỷ lệ cao bất thường (có thể là “bom zip”): {detail}.</translation>
    </message>
    <message>
        <source>A file the bundle lists is missing: {detail}.</source>
        <translation>Thiếu một tệp có trong danh mục của gói: {detail}.</translation>
    </message>
    <message>
        <source>The bundle holds a file that its list of contents does not mention: {detail}.</source>
        <translation>Gói chứa tệp không có trong danh mục nội dung của gói: {detail}.</translation>
    </message>
    <message>
        <source>A file in the bundle does not have the size listed for it: {detail}.</source>
        <translation>Một tệp trong gói có dung lượng khác với dung lượng ghi trong danh mục: {detail}.</translation>
    </message>
    <message>
        <source>A file in the bundle was changed or damaged after the bundle was made: {detail}.</source>
        <translation>Một tệp trong gói đã bị thay đổi hoặc hư hỏng sau khi tạo gói: {detail}.</translation>
    </message>
    <message>
        <source>The sender&apos;s key has changed ({detail}). Call the sending unit to check before accepting it.</source>
        <translation>Khóa của đơn vị gửi đã thay đổi ({detail}). Hãy gọi điện cho đơn vị gửi để đối chiếu trước khi chấp nhận khóa mới.</translation>
    </message>
    <message>
        <source>This bundle is not of the kind expected here: {detail}.</source>
        <translation>Gói này không đúng loại cần nhập ở đây: {detail}.</translation>
    </message>
    <message>
        <source>This bundle has already been imported: {detail}.</source>
        <translation>Gói này đã được nhập trước đây: {detail}.</translation>
    </message>
    <message>
        <source>Bundle {id}: {kind}, made at {created} (UTC) by version {app}.</source>
        <translation>Gói {id}: {kind}, tạo lúc {created} (giờ UTC) bằng phiên bản {app}.</translation>
    </message>
    <message>
        <source>Sender: {unit} ({abbreviation}), under {parent}. Key: {fingerprint}.</source>
        <translation>Đơn vị gửi: {unit} ({abbreviation}), trực thuộc {parent}. Khóa: {fingerprint}.</translation>
    </message>
    <message>
        <source>The signature holds and all {count} files match their SHA-256 ({size} bytes). SHA-256 of the bundle: {sha256}.</source>
        <translation>Chữ ký số hợp lệ và cả {count} tệp đều khớp mã SHA-256 ({size} byte). Mã SHA-256 của gói: {sha256}.</translation>
    </message>
    <message>
        <source>Item {kind} {number} “{title}”: period {period}, revision {revision}, {files} files.</source>
        <translation>Nội dung {kind} {number} “{title}”: kỳ {period}, bản số {revision}, {files} tệp.</translation>
    </message>
    <message>
        <source>Decision on {item} (revision {revision}): {decision}. Comment: {comment}</source>
        <translation>Ý kiến xử lý về {item} (bản số {revision}): {decision}. Nhận xét: {comment}</translation>
    </message>
    <message>
        <source>submission to the upper level</source>
        <translation>gửi lên cấp trên</translation>
    </message>
    <message>
        <source>receipt from the upper level</source>
        <translation>phiếu phản hồi của cấp trên</translation>
    </message>
    <message>
        <source>received</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <source>returned for completion</source>
        <translation>trả lại để bổ sung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>Say what must be completed: a comment is required to return an item.</source>
        <translation>Hãy nêu rõ nội dung cần bổ sung: trả lại phải kèm theo nhận xét.</translation>
    </message>
    <message>
        <source>This decision was already sent to the unit; only an item received can still be returned or approved.</source>
        <translation>Quyết định này đã được gửi cho đơn vị; chỉ nội dung đã tiếp nhận mới còn có thể trả lại hoặc duyệt.</translation>
    </message>
    <message>
        <source>Choose received, returned for completion or approved.</source>
        <translation>Hãy chọn Tiếp nhận, Trả lại để bổ sung hoặc Duyệt.</translation>
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
        <source>Document format (NĐ 30)</source>
        <translation>Định dạng văn bản (NĐ 30)</translation>
    </message>
    <message>
        <source>Address of the upper level&apos;s sync hub</source>
        <translation>Địa chỉ máy chủ đồng bộ của cấp trên</translation>
    </message>
    <message>
        <source>Decisions pulled up to</source>
        <translation>Đã nhận ý kiến xử lý đến</translation>
    </message>
    <message>
        <source>Plan and rules pulled up to</source>
        <translation>Đã nhận kế hoạch và quy định đến</translation>
    </message>
    <message>
        <source>Submissions pulled up to</source>
        <translation>Đã nhận nội dung gửi lên đến</translation>
    </message>
    <message>
        <source>Plan and rules last published</source>
        <translation>Kế hoạch và quy định đã công bố gần nhất</translation>
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
        <source>Receive submissions from lower units (inbox)</source>
        <translation>Tiếp nhận gói của các đơn vị cấp dưới (hộp thư đến)</translation>
    </message>
    <message>
        <source>Window position and size</source>
        <translation>Vị trí và kích thước cửa sổ</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Bố cục cửa sổ</translation>
    </message>
    <message>
        <source>Top margin (mm)</source>
        <translation>Lề trên (mm)</translation>
    </message>
    <message>
        <source>Bottom margin (mm)</source>
        <translation>Lề dưới (mm)</translation>
    </message>
    <message>
        <source>Left margin (mm)</source>
        <translation>Lề trái (mm)</translation>
    </message>
    <message>
        <source>Right margin (mm)</source>
        <translation>Lề phải (mm)</translation>
    </message>
    <message>
        <source>Header text size (pt)</source>
        <translation>Cỡ chữ quốc hiệu, tên cơ quan (pt)</translation>
    </message>
    <message>
        <source>Motto size (pt)</source>
        <translation>Cỡ chữ tiêu ngữ (pt)</translation>
    </message>
    <message>
        <source>Body text size (pt)</source>
        <translation>Cỡ chữ nội dung (pt)</translation>
    </message>
    <message>
        <source>First-line indent (cm)</source>
        <translation>Lùi đầu dòng (cm)</translation>
    </message>
    <message>
        <source>Space between paragraphs (pt)</source>
        <translation>Khoảng cách giữa các đoạn (pt)</translation>
    </message>
    <message>
        <source>Line spacing (lines)</source>
        <translation>Giãn cách dòng (lần dòng đơn)</translation>
    </message>
    <message>
        <source>Recipient list size (pt)</source>
        <translation>Cỡ chữ phần nơi nhận (pt)</translation>
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
        <source>Union Homes</source>
        <translation>Mái ấm</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Keys and receiving</source>
        <translation>Khóa và tiếp nhận</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Máy chủ đồng bộ</translation>
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
    <name>StepDialog</name>
    <message>
        <source>{current} → {target}</source>
        <translation>{current} → {target}</translation>
    </message>
    <message>
        <source>Requested: {amount}</source>
        <translation>Đề nghị: {amount}</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <source>Not every rule of the year is met:
{reasons}</source>
        <translation>Chưa đáp ứng hết các điều kiện của năm:
{reasons}</translation>
    </message>
    <message>
        <source>not attached yet</source>
        <translation>chưa đính kèm</translation>
    </message>
    <message>
        <source>Attach: {document}</source>
        <translation>Đính kèm: {document}</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.webp *.docx *.xlsx);;All files (*)</source>
        <translation>Bản chụp và ảnh (*.pdf *.jpg *.jpeg *.png *.webp *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>“Next” is not available yet:</source>
        <translation>Chưa bấm được “Tiếp theo” vì:</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <source>New story</source>
        <translation>Viết mới</translation>
    </message>
    <message>
        <source>Write a new story step by step (Ctrl+N)</source>
        <translation>Viết một câu chuyện mới theo từng bước (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the selected story (Enter)</source>
        <translation>Mở câu chuyện đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Start a new draft from a copy</source>
        <translation>Tạo bản nháp mới từ một bản sao</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Move the selected stories to the trash (Delete)</source>
        <translation>Chuyển các câu chuyện đang chọn vào thùng rác (Delete)</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
        <source>Record that the finished story was sent to the level above</source>
        <translation>Ghi nhận câu chuyện đã hoàn tất đã được gửi lên cấp trên</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Show deleted stories, to restore them</source>
        <translation>Xem các câu chuyện đã xóa để khôi phục</translation>
    </message>
    <message>
        <source>Moved {count} stories to the trash.</source>
        <translation>Đã chuyển {count} câu chuyện vào thùng rác.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>{count} stories in the trash</source>
        <translation>{count} câu chuyện trong thùng rác</translation>
    </message>
    <message>
        <source>{count} stories · {drafts} drafts · {ready} ready to send · {returned} returned</source>
        <translation>{count} câu chuyện · {drafts} nháp · {ready} sẵn sàng gửi · {returned} bị trả lại</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>No story matches the search and filters.</source>
        <translation>Không có câu chuyện nào khớp với từ khóa và bộ lọc.</translation>
    </message>
    <message>
        <source>No stories yet.

Press “New story” to write up a good practice, an exemplary person or an exemplary collective, step by step.</source>
        <translation>Chưa có câu chuyện nào.

Bấm “Viết mới” để viết, từng bước một, về một mô hình hay, một cá nhân điển hình hoặc một tập thể điển hình.</translation>
    </message>
    <message>
        <source>Trash: deleted stories</source>
        <translation>Thùng rác: câu chuyện đã xóa</translation>
    </message>
    <message>
        <source>Models &amp; exemplars</source>
        <translation>Mô hình &amp; gương</translation>
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
        <source>“{title}” is finished and ready to send.</source>
        <translation>“{title}” đã hoàn tất, sẵn sàng gửi.</translation>
    </message>
    <message>
        <source>A copy was made as a new draft.</source>
        <translation>Đã tạo một bản sao thành bản nháp mới.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Mở bản sao</translation>
    </message>
    <message>
        <source>Marked {count} stories as sent.</source>
        <translation>Đã đánh dấu {count} câu chuyện là đã gửi.</translation>
    </message>
    <message>
        <source>Restored {count} stories.</source>
        <translation>Đã khôi phục {count} câu chuyện.</translation>
    </message>
</context>
<context>
    <name>StoryActions</name>
    <message>
        <source>Move “{title}” to the trash?

You can restore it from the trash later.</source>
        <translation>Chuyển “{title}” vào thùng rác?

Bạn có thể khôi phục lại từ thùng rác.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Move {count} stories to the trash?

You can restore them from the trash later.</source>
        <translation>Chuyển {count} câu chuyện vào thùng rác?

Bạn có thể khôi phục lại từ thùng rác.</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
</context>
<context>
    <name>StoryFilterBar</name>
    <message>
        <source>Search names, units and the text of the stories (Ctrl+F)</source>
        <translation>Tìm theo tên, đơn vị và nội dung câu chuyện (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All grassroots unions</source>
        <translation>Mọi CĐCS</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Mọi chiến dịch</translation>
    </message>
</context>
<context>
    <name>StoryLabels</name>
    <message>
        <source>A way of working that others can copy: what was done, how, and what it achieved.</source>
        <translation>Một cách làm nơi khác có thể học theo: đã làm gì, làm thế nào và đạt kết quả gì.</translation>
    </message>
    <message>
        <source>One union member or officer whose good deeds deserve to be known and followed.</source>
        <translation>Một đoàn viên hoặc cán bộ công đoàn có việc làm tốt đáng được biết đến và noi theo.</translation>
    </message>
    <message>
        <source>A team, workshop, school or grassroots union that set an example together.</source>
        <translation>Một tổ, phân xưởng, trường học hay CĐCS cùng nhau làm nên tấm gương.</translation>
    </message>
    <message>
        <source>Representation and care</source>
        <translation>Đại diện, bảo vệ, chăm lo</translation>
    </message>
    <message>
        <source>Member development</source>
        <translation>Phát triển đoàn viên</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Tuyên truyền, truyền thông</translation>
    </message>
    <message>
        <source>Dialogue and bargaining</source>
        <translation>Đối thoại, thương lượng</translation>
    </message>
    <message>
        <source>Occupational safety and health</source>
        <translation>An toàn, vệ sinh lao động</translation>
    </message>
    <message>
        <source>Emulation and innovation</source>
        <translation>Thi đua, sáng kiến</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Internal use only</source>
        <translation>Chỉ dùng nội bộ</translation>
    </message>
    <message>
        <source>May be published</source>
        <translation>Được đăng công khai</translation>
    </message>
    <message>
        <source>Kind and unit</source>
        <translation>Loại và đơn vị</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Nội dung câu chuyện</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>CĐCS</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Years of service</source>
        <translation>Số năm công tác</translation>
    </message>
    <message>
        <source>Name of the collective</source>
        <translation>Tên tập thể</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Name of the practice</source>
        <translation>Tên mô hình, cách làm</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Context and need</source>
        <translation>Bối cảnh và nhu cầu</translation>
    </message>
    <message>
        <source>What was done and how</source>
        <translation>Đã làm gì và làm thế nào</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <source>Cost (đồng)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>People who benefited</source>
        <translation>Số người được hưởng lợi</translation>
    </message>
    <message>
        <source>Money raised or saved (đồng)</source>
        <translation>Số tiền huy động hoặc tiết kiệm (đồng)</translation>
    </message>
    <message>
        <source>Members recruited</source>
        <translation>Số đoàn viên kết nạp</translation>
    </message>
    <message>
        <source>Working hours saved</source>
        <translation>Số giờ công tiết kiệm</translation>
    </message>
    <message>
        <source>What is new</source>
        <translation>Điểm mới</translation>
    </message>
    <message>
        <source>How others can copy it</source>
        <translation>Cách nhân rộng</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Press links</source>
        <translation>Bài báo đã đăng</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
</context>
<context>
    <name>StoryRender</name>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>For publication</source>
        <translation>Để đăng báo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(chưa có chú thích)</translation>
    </message>
    <message>
        <source>{name}, agreed on {date}: {scope}</source>
        <translation>{name}, đồng ý ngày {date}: {scope}</translation>
    </message>
    <message>
        <source>(withdrawn on {date})</source>
        <translation>(đã rút lại ngày {date})</translation>
    </message>
</context>
<context>
    <name>StoryTableModel</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>CĐCS</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Returned: {comment}</source>
        <translation>Bị trả lại: {comment}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
</context>
<context>
    <name>StoryTextPage</name>
    <message>
        <source>The story</source>
        <translation>Nội dung câu chuyện</translation>
    </message>
    <message>
        <source>Fields marked * are required, and at least one figure for the results. Write as you would tell it: plain sentences, real numbers.</source>
        <translation>Các mục có dấu * là bắt buộc, cùng ít nhất một con số về kết quả. Viết như khi kể lại: câu văn giản dị, số liệu thực tế.</translation>
    </message>
    <message>
        <source>Why was it needed? What was the situation before?</source>
        <translation>Vì sao cần làm? Trước đó tình hình ra sao?</translation>
    </message>
    <message>
        <source>What was done, step by step, by whom and when?</source>
        <translation>Đã làm những gì, theo từng bước, ai làm và khi nào?</translation>
    </message>
    <message>
        <source>People, money, time and help from others that it took.</source>
        <translation>Con người, kinh phí, thời gian và sự hỗ trợ của các bên đã huy động.</translation>
    </message>
    <message>
        <source>What changed, for whom? Give the figures below too.</source>
        <translation>Điều gì đã thay đổi, cho ai? Ghi thêm các con số ở bên dưới.</translation>
    </message>
    <message>
        <source>What is different from the usual way?</source>
        <translation>Khác gì so với cách làm thông thường?</translation>
    </message>
    <message>
        <source>What another union needs to do the same: conditions, first steps.</source>
        <translation>Công đoàn nơi khác cần gì để làm theo: điều kiện, những bước đầu tiên.</translation>
    </message>
    <message>
        <source>e.g. 1.500</source>
        <translation>ví dụ 1.500</translation>
    </message>
</context>
<context>
    <name>StoryViewDialog</name>
    <message>
        <source>Story (read-only)</source>
        <translation>Câu chuyện (chỉ xem)</translation>
    </message>
    <message>
        <source>Edit and make a new revision</source>
        <translation>Sửa và tạo bản mới</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
        <source>Mark as received</source>
        <translation>Đánh dấu đã tiếp nhận</translation>
    </message>
    <message>
        <source>Record a return…</source>
        <translation>Ghi nhận trả lại…</translation>
    </message>
    <message>
        <source>Mark as approved</source>
        <translation>Đánh dấu đã duyệt</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <source>Save photos to a folder…</source>
        <translation>Lưu ảnh ra thư mục…</translation>
    </message>
    <message>
        <source>Upright copies for the press or the upper level, with a captions file; the originals stay as they are.</source>
        <translation>Bản sao ảnh đã xoay đúng chiều để gửi báo hoặc cấp trên, kèm tệp chú thích; ảnh gốc giữ nguyên.</translation>
    </message>
    <message>
        <source>Dossier as PDF…</source>
        <translation>Hồ sơ PDF…</translation>
    </message>
    <message>
        <source>The story as an official report (NĐ 30 format) with its photos, to preview, issue with a number and send upward.</source>
        <translation>Mô hình, gương dưới dạng báo cáo chính thức (thể thức NĐ 30) kèm ảnh: xem trước, ban hành có số và gửi lên cấp trên.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần nộp</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>{kind} · revision {revision} · last changed {time}</source>
        <translation>{kind} · nộp lần {revision} · sửa lần cuối {time}</translation>
    </message>
    <message>
        <source>The story now</source>
        <translation>Nội dung hiện tại</translation>
    </message>
    <message>
        <source>Revision {number}, finalised {time} by {who}</source>
        <translation>Bản nộp lần {number}, hoàn tất {time}, người thực hiện: {who}</translation>
    </message>
    <message>
        <source>Returned for completion ({time}). What the reviewer asks:</source>
        <translation>Bị trả lại để bổ sung ({time}). Cấp trên yêu cầu:</translation>
    </message>
    <message>
        <source>Save the photos in</source>
        <translation>Lưu ảnh vào thư mục</translation>
    </message>
    <message>
        <source>The photos could not be saved: {reason}</source>
        <translation>Không lưu được ảnh: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} photos in {folder}.</source>
        <translation>Đã lưu {count} ảnh vào {folder}.</translation>
    </message>
    <message>
        <source>Record a return</source>
        <translation>Ghi nhận trả lại</translation>
    </message>
    <message>
        <source>What does the reviewer ask to complete?</source>
        <translation>Cấp trên yêu cầu bổ sung những gì?</translation>
    </message>
</context>
<context>
    <name>StoryWizard</name>
    <message>
        <source>Model or exemplar story</source>
        <translation>Mô hình &amp; gương</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Lưu nháp và đóng</translation>
    </message>
    <message>
        <source>Finish (ready to send)</source>
        <translation>Hoàn tất (Sẵn sàng gửi)</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Đã lưu nháp lúc {time}.</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>Không lưu được bản nháp: {reason}</translation>
    </message>
    <message>
        <source>The latest changes could not be saved (see the message at the bottom of the page). Close anyway? What was typed since the last save will be lost.</source>
        <translation>Chưa lưu được những thay đổi mới nhất (xem thông báo ở cuối trang). Vẫn đóng? Những gì gõ sau lần lưu gần nhất sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <source>— choose a field —</source>
        <translation>— chọn lĩnh vực —</translation>
    </message>
    <message>
        <source>a whole number, e.g. 12</source>
        <translation>số nguyên, ví dụ 12</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>Mô hình, cách làm</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>The collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Fields marked * are required. The counters show the length allowed.</source>
        <translation>Các mục có dấu * là bắt buộc. Bộ đếm cho biết độ dài tối đa được phép.</translation>
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
    <name>SyncController</name>
    <message>
        <source>No access token is saved: enter it in Settings › Sync server.</source>
        <translation>Chưa lưu mã truy cập: hãy nhập trong Cài đặt › Máy chủ đồng bộ.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached; it will be tried again later.</source>
        <translation>Không kết nối được máy chủ đồng bộ; sẽ tự thử lại sau.</translation>
    </message>
    <message>
        <source>The sync server refused the access token (wrong or revoked).</source>
        <translation>Máy chủ đồng bộ từ chối mã truy cập (mã sai hoặc đã bị thu hồi).</translation>
    </message>
    <message>
        <source>The sync server answered with an error: {detail}</source>
        <translation>Máy chủ đồng bộ báo lỗi: {detail}</translation>
    </message>
    <message>
        <source>Sync stopped by an unexpected error: {error}</source>
        <translation>Đồng bộ bị dừng do lỗi không lường trước: {error}</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync: not yet run</source>
        <translation>Đồng bộ: chưa chạy lần nào</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Send waiting items and fetch the upper level&apos;s answers (F9)</source>
        <translation>Gửi các nội dung đang chờ và nhận phản hồi của cấp trên (F9)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Syncing… {percent}%</source>
        <translation>Đang đồng bộ… {percent}%</translation>
    </message>
    <message>
        <source>Synced at {time}: {sent} sent, {received} received</source>
        <translation>Đã đồng bộ lúc {time}: gửi {sent}, nhận {received}</translation>
    </message>
    <message>
        <source>, {failed} not sent</source>
        <translation>, {failed} chưa gửi được</translation>
    </message>
    <message>
        <source>The reason is shown beside each item in Send upward.</source>
        <translation>Lý do được ghi bên cạnh từng nội dung ở trang Gửi lên cấp trên.</translation>
    </message>
    <message>
        <source>Not synced ({time}): {reason}</source>
        <translation>Chưa đồng bộ được ({time}): {reason}</translation>
    </message>
</context>
<context>
    <name>TodoList</name>
    <message>
        <source>To do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Bấm để mở</translation>
    </message>
    <message>
        <source>Nothing waiting: no draft, no returned story, no overdue case.</source>
        <translation>Không có việc tồn đọng: không có bản nháp, hồ sơ bị trả lại hay hồ sơ quá hạn.</translation>
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
<context>
    <name>YearCalendar</name>
    <message>
        <source>Calendar of the year</source>
        <translation>Lịch trong năm</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{when}  campaign: {name}</source>
        <translation>{when}  chiến dịch: {name}</translation>
    </message>
</context>
</TS>
