## Zalo
zalo-choices-hint = Gõ số { $first }–{ $last } hoặc gõ chữ
zalo-choices-hint-one = Gõ số 1 hoặc gõ chữ
zalo-request-phone = 📞 Hãy gõ số điện thoại của bạn (ví dụ 0912 345 678).
zalo-request-location = 📍 Hãy gõ địa chỉ hoặc tên xã/phường nơi xảy ra sự việc.
zalo-unsupported = Xin lỗi, Zalo chưa cho phép chúng tôi nhận loại tin này (tệp, vị trí, danh thiếp). Bạn vui lòng gõ nội dung bằng chữ hoặc gửi ảnh.
zalo-link = Xem: { $url }
