## Bot: start, privacy and menu
bot-welcome = Hello { $name }! This is the provincial police channel for tips, questions and feedback.
bot-privacy-notice =
    🔒 About your personal data
    • We store what you send (text, photos, files, locations) and your phone number if you give it, to handle your request and answer you.
    • Your Telegram/Zalo account id, name and phone number are encrypted and used only to deliver answers.
    • Anonymous tips: officers do not see who sent them.
    • Data stays on the provincial police server for the records retention period (2–5 years depending on the ticket type).
    • You can delete your personal data at any time with /xoadulieu.
    Choose “I agree” to continue.
bot-consent-agree = ✅ I agree
bot-consent-required = Please agree to the personal data notice (choose “I agree”) before sending information.
bot-consent-thanks = Thank you.
bot-menu-prompt = What would you like to do? You can also just write what you want to report or ask.
bot-menu-tip = 🚨 Report a tip
bot-menu-question = ❓ Ask about a procedure
bot-menu-feedback = 💬 Feedback
bot-menu-tickets = 📋 My tickets
bot-menu-language = 🌐 Tiếng Việt
bot-button-menu = ☰ Menu

## Bot: emergencies
bot-emergency =
    ⚠️ IF ANYONE IS IN DANGER, CALL NOW:
    { $hotlines }
    A message here does not replace an emergency call.
bot-hotline-113 = 📞 113 – Police
bot-hotline-114 = 📞 114 – Fire and rescue
bot-hotline-115 = 📞 115 – Ambulance
bot-emergency-recorded = We recorded urgent tip { $code } and passed it to the duty officers at once. If it is safe, send your location, photos or more details — every following message is added to this ticket.

## Bot: tip
bot-tip-hotline-reminder = ☎️ If it is happening now or someone is in danger, call 113 (police), 114 (fire and rescue) or 115 (ambulance) first.
bot-tip-ask-description = Describe what happened: what, where, when, who is involved. The clearer the better.
bot-tip-ask-media = Do you have photos, videos, voice notes or documents as evidence? Send as many as you like, then choose “Continue”.
bot-tip-media-received = Received { $count } file(s). Send more or choose “Continue”.
bot-tip-text-added = Added to your tip. Send more or choose “Continue”.
bot-tip-ask-place = Where did it happen? Share a location, type an address, or choose the commune/ward.
bot-tip-ask-address = Type the address (house number, hamlet, commune/ward).
bot-tip-place-recorded = Place recorded: { $place }.
bot-tip-ask-ward = Choose the commune/ward where it happened:
bot-tip-ask-ward-candidates = Which commune/ward is this address in?
bot-tip-ask-anonymous = Do you want to stay anonymous? Anonymous: officers do not see who sent the tip, but you still get answers here.
bot-tip-ask-phone = So an officer can call you if needed, you may leave a phone number (optional).
bot-tip-phone-invalid = That phone number does not look right. Type it again (e.g. 0912 345 678) or choose “Skip”.
bot-tip-phone-saved = Phone number saved (encrypted).
bot-tip-summary =
    📝 Please check your tip:
    • Type: { $category }
    • Text: { $text }
    • Attachments: { $files }
    • Place: { $place }
    • Anonymous: { $anonymous }
    • Phone: { $phone }
    Choose “Send” to submit it.
bot-tip-created =
    ✅ Tip received. Ticket code: { $code }
    Handled by: { $unit }
    Answer due by: { $due }
    You will get the answer in this chat. Track it: /tracuu { $code }
bot-none = none
bot-yes = yes
bot-no = no

## Bot: question
bot-question-ask = What procedure would you like to ask about? Write your question.
bot-question-faq-answer =
    💡 { $question }
    { $answer }
bot-question-faq-source = Source: { $source }
bot-question-faq-prompt = Did this answer your question? (The answer is in Vietnamese.)
bot-question-thanks = Thank you! Write to us any time if you need more.
bot-question-created =
    ✅ Your question was passed to an officer. Ticket code: { $code }
    Answer due by: { $due }
    You will get the answer in this chat.

## Bot: feedback
bot-feedback-ask-type = What is your feedback about?
bot-feedback-type-suggestion = 💡 Suggestion
bot-feedback-type-service = 🏢 Service, procedures
bot-feedback-type-officer_conduct = 👮 An officer's conduct
bot-feedback-type-complaint = 📣 Complaint
bot-feedback-type-praise = 🌟 Praise
bot-feedback-ask-text = Write your feedback.
bot-feedback-ask-details = If you can, type the unit, place and time concerned in one message. Or choose “Skip”.
bot-feedback-created =
    ✅ Feedback received. Ticket code: { $code }
    Answer due by: { $due }
    Thank you for your contribution.

## Bot: follow-up
bot-followup-added = Added to ticket { $code }. An officer will read it and answer.
bot-followup-choose = You have several open tickets. Which one does this message belong to?
bot-button-new-matter = 🆕 A new matter
bot-button-close-ticket = ✔️ Close ticket { $code }
bot-close-confirm = Close ticket { $code }? Officers will stop working on it.
bot-button-yes-close = Close the ticket
bot-close-done = Ticket { $code } is closed.
bot-close-not-allowed = Ticket { $code } is already finished and cannot be closed.

## Bot: tracking
bot-tickets-none = You have no tickets yet.
bot-tickets-header = Your tickets:
bot-ticket-line = { $code } · { $kind } · { $status } · { $date }
bot-ticket-detail =
    📋 Ticket { $code }
    Type: { $kind } – { $category }
    Status: { $status }
    Sent on: { $date }
    Answer due by: { $due }
bot-track-usage = Type a ticket code, e.g. /tracuu TG-26-000123
bot-track-not-found = Ticket { $code } is not among your tickets.
bot-kind-tip = Tip
bot-kind-question = Question
bot-kind-feedback = Feedback
bot-status-new = Received
bot-status-in_progress = In progress
bot-status-waiting_citizen = Waiting for your reply
bot-status-resolved = Resolved
bot-status-closed = Closed
bot-status-rejected = Not accepted
bot-button-view-ticket = 🔎 { $code }
bot-button-rate-ticket = ⭐ Rate { $code }

## Bot: rating
bot-rate-prompt = How well was ticket { $code } handled? (1 = very unhappy, 5 = very happy)
bot-rate-ask-comment = Thank you for rating { $rating }/5. Would you like to add a comment?
bot-button-no-comment = No, thanks
bot-rate-done = Thank you for your rating!
bot-rate-not-allowed = Ticket { $code } is not resolved yet, so it cannot be rated.

## Bot: language, privacy, erase, cancel
bot-language-prompt = Chọn ngôn ngữ / Choose a language:
bot-language-set = Switched to English.
bot-erase-confirm = Delete your personal data (name, phone number, conversation state)? Tickets you sent are kept for the record, but no longer linked to your name or phone number.
bot-button-erase = 🗑 Delete my data
bot-button-keep = Keep it
bot-erase-done = Your personal data was deleted. If you write again, we will treat you as new.
bot-erase-kept = Your data was kept.
bot-cancel-confirm = You have a report in progress. Discard what you entered?
bot-button-discard = Discard
bot-button-continue = Keep filling in
bot-cancel-done = Cancelled.
bot-continue = Let's continue.

## Bot: buttons and odd input
bot-button-next = ➡️ Continue
bot-button-skip = Skip
bot-button-send = ✅ Send
bot-button-cancel = ✖️ Cancel
bot-button-share-location = 📍 Share location
bot-button-type-address = ✍️ Type an address
bot-button-choose-ward = 🏘 Choose commune/ward
bot-button-more = More…
bot-button-unknown = Not sure
bot-button-anonymous = 🕶 Anonymous
bot-button-named = 🙋 Leave my contact
bot-button-share-phone = 📱 Share my phone number
bot-button-faq-helpful = 👍 That answered me
bot-button-faq-need-officer = 👮 I need an officer
bot-button-type-tip = 🚨 It is a tip
bot-button-type-question = ❓ It is a question
bot-button-type-feedback = 💬 It is feedback
bot-classify-ask = Is this a tip, a question or feedback?
bot-unsupported = Sorry, we cannot handle this kind of message. Please send text, photos, videos, voice notes, documents or a location.
bot-edit-ignored = Edited messages are not updated here. If you need to correct something, send a new message.
bot-stale-button = This button is no longer active.
bot-expected-choice = Please choose one of the buttons below.
bot-error = Sorry, something went wrong. Your message is saved and we will process it again.
bot-too-fast = You are sending messages too fast. Please wait a moment.
bot-forwarded-prefix = [Forwarded]

## Bot: command descriptions
bot-command-start = Start
bot-command-menu = Main menu
bot-command-huy = Cancel what you are doing
bot-command-tracuu = Look up a ticket by code
bot-command-phieu = My tickets
bot-command-ngonngu = Change language
bot-command-riengtu = Personal data notice
bot-command-xoadulieu = Delete my personal data

## Bot: staff group
bot-group-reply-sent = ✅ Your answer was sent to the citizen (ticket { $code }).
bot-group-reply-not_linked = This Telegram account is not linked to a staff account, so the answer was not sent. Ask an administrator to link it on the Users page.
bot-group-reply-not_found = You may not answer ticket { $code }, or it does not exist.
bot-group-reply-rejected = The answer to ticket { $code } could not be sent (the ticket is closed or the citizen erased their data). Please use the panel.
