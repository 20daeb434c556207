## Statistics, dashboard, exports and the periodic report

stats-nav = Statistics
stats-title = Reception and resolution statistics
stats-reports-title = Reports and exports
stats-hours = { $value } h
stats-days = { $value } days
stats-empty = No tickets in this period.
stats-loading = Loading figures…
stats-scope-all = All units in your scope
stats-vs-previous = vs previous period
stats-no-comparison = no previous period to compare
stats-generated-at = Figures as of { $at }

## Period picker
stats-period-label = Period
stats-period-current = This period
stats-period-previous = Previous period
stats-preset-7d = Last 7 days
stats-preset-30d = Last 30 days
stats-preset-month = This month
stats-preset-quarter = This quarter
stats-preset-half = Half-year
stats-preset-year = This year
stats-preset-custom = Custom
stats-from = From
stats-to = To
stats-granularity = Group by
stats-granularity-day = Day
stats-granularity-week = Week
stats-granularity-month = Month
stats-unit-filter = Unit
stats-apply = Show
stats-period-range = { $from } to { $to }

## KPIs
stats-kpi-received = Received
stats-kpi-resolved = Resolved
stats-kpi-early = Early
stats-kpi-on-time = On time
stats-kpi-late = Late
stats-kpi-pending = Pending
stats-kpi-overdue = Overdue
stats-kpi-rejected = Rejected
stats-kpi-on-time-rate = On-time rate
stats-kpi-median-first-response = First response (median, hours)
stats-kpi-median-resolution = Resolution time (median, hours)
stats-kpi-satisfaction = Satisfaction (avg/5)
stats-kpi-ratings = Ratings
stats-kpi-anonymous-share = Anonymous share
stats-kpi-open-now = Open now
stats-kpi-overdue-now = Overdue now
stats-kpi-first-response = First response
stats-kpi-resolution-time = Resolution time
stats-rating-1 = 1 star
stats-rating-2 = 2 stars
stats-rating-3 = 3 stars
stats-rating-4 = 4 stars
stats-rating-5 = 5 stars

## Tables and charts
stats-by-unit = Unit ranking
stats-by-unit-note = Ranked by the share resolved on time (early + on time), then by the number late.
stats-by-category = By category
stats-by-channel = By channel
stats-by-ward = By commune / ward
stats-trend = Received and resolved over time
stats-heat = Heat table: ward × category
stats-top-terms = Most frequent phrases
stats-top-categories = Busiest categories
stats-satisfaction-distribution = Satisfaction distribution
stats-timeliness-chart = Resolution against deadline
stats-channel-telegram = Telegram
stats-channel-zalo = Zalo
stats-no-ward = Unknown ward

## Columns
stats-col-rank = Rank
stats-col-index = No.
stats-col-unit = Unit
stats-col-category = Category
stats-col-ward = Ward
stats-col-channel = Channel
stats-col-metric = Indicator
stats-col-period-start = From
stats-col-term = Phrase
stats-col-count = Count
stats-col-code = Code
stats-col-kind = Kind
stats-col-unitCode = Unit code
stats-col-unitName = Unit
stats-col-status = Status
stats-col-isUrgent = Urgent
stats-col-isAnonymous = Anonymous
stats-col-createdAt = Received at
stats-col-firstResponseDueAt = First response due
stats-col-firstRespondedAt = First response at
stats-col-dueAt = Due
stats-col-extendedAt = Extended at
stats-col-extensionReason = Extension reason
stats-col-resolvedAt = Resolved at
stats-col-closedAt = Closed at
stats-col-timeliness = Against deadline
stats-col-rating = Rating
stats-col-citizenName = Sender name
stats-col-phone = Phone
stats-col-locationText = Place
stats-col-latitude = Latitude
stats-col-longitude = Longitude
stats-col-summary = Content
stats-col-ratingComment = Rating comment

## Values
stats-kind-tip = Tip
stats-kind-question = Procedure question
stats-kind-feedback = Feedback
stats-status-new = New
stats-status-in_progress = In progress
stats-status-waiting_citizen = Waiting for citizen
stats-status-resolved = Resolved
stats-status-closed = Closed
stats-status-rejected = Rejected
stats-timeliness-early = Early
stats-timeliness-on_time = On time
stats-timeliness-late = Late
stats-timeliness-pending = Pending
stats-timeliness-not_resolved = Not resolved

## Sheets
stats-sheet-tickets = Tickets
stats-sheet-kpis = Indicators
stats-sheet-units = Units
stats-sheet-categories = Categories
stats-sheet-wards = Wards
stats-sheet-channels = Channels
stats-sheet-trend = Trend
stats-sheet-heat = Heat table

## Exports
stats-export-title = Export
stats-export-tickets-csv = Ticket list (CSV)
stats-export-tickets-xlsx = Ticket list (Excel)
stats-export-dashboard-xlsx = Dashboard figures (Excel)
stats-export-report-html = Printable report
stats-export-report-pdf = PDF report
stats-export-personal = Include personal data (names, phones, content) — only when needed; every export is audited
stats-export-personal-forbidden = You may not export personal data.
stats-export-audited = Every export is recorded in the audit log.
stats-print = Print

## Periodic report
stats-report-nation = SOCIALIST REPUBLIC OF VIETNAM
stats-report-motto = Independence - Freedom - Happiness
stats-report-place-date = { $place }, { $day }/{ $month }/{ $year }
stats-report-title = RECEPTION AND RESOLUTION OF CITIZENS' OPINIONS
stats-report-period = ({ $from } to { $to })
stats-report-section-summary = I. OVERALL RESULTS
stats-report-section-units = II. RESULTS BY UNIT
stats-report-section-categories = III. RESULTS BY CATEGORY
stats-report-section-channels = IV. RESULTS BY CHANNEL
stats-report-section-wards = V. RESULTS BY WARD
stats-report-received = In the period { $received } tickets (opinions, feedback, tips) were received from citizens via Telegram ({ $telegram }) and Zalo ({ $zalo }); { $anonymous } of them anonymous.
stats-report-resolved = { $resolved } were resolved ({ $share }): early { $early }, on time { $onTime }, late { $late }; { $pending } pending ({ $pendingOverdue } of them overdue); { $rejected } rejected.
stats-report-speed = Median first response { $firstResponse }; median resolution time { $resolution }; on-time rate { $onTimeRate }.
stats-report-satisfaction = Average satisfaction { $average }/5 over { $count } ratings; { $satisfied } satisfied or very satisfied.
stats-report-no-ratings = No satisfaction ratings in the period.
stats-report-compare = Compared with the previous period: received { $received }; resolved { $resolved }; on-time rate { $onTimeRate }.
stats-report-now = At the time of this report { $open } tickets are open, { $overdue } of them overdue.
stats-report-units-note = Units are ranked by the share resolved on time (early and on time).
stats-report-signature = HEAD OF UNIT
stats-report-generated = Generated automatically by LangNghe at { $at }.

## Public transparency page
stats-public-title = Public results: citizens' opinions received and resolved
stats-public-summary = { $received } opinions, reports and questions received from citizens; { $resolved } resolved; on-time rate { $onTimeRate }; average satisfaction { $satisfaction }/5.
stats-public-other-units = Other units ({ $count } units with few tickets)
stats-public-note = Aggregate figures only, no personal data. Crime tips are not published.

## Feedback campaigns
stats-campaigns-title = Citizen feedback campaigns
stats-campaigns-open = Campaigns
stats-campaign-new = Open a new campaign
stats-campaign-title = Title
stats-campaign-question = Question for citizens
stats-campaign-create = Create (not sent yet)
stats-campaign-broadcast = Send to citizens
stats-campaign-recipients = Recipients
stats-campaign-answers = Answers
stats-campaign-answer-rate = Answer rate
stats-campaign-status-draft = Draft
stats-campaign-status-sent = Sent
stats-campaign-status-closed = Ended
stats-campaign-see-tickets = See the feedback tickets in the queue
done-campaign-created = Campaign created.
done-campaign-sent = The question is queued for the citizens who agreed to receive news.

## Settings: deadlines, working calendar, transparency (admin/pages/settings-pages.tsx)

nav-settings = Settings
settings-title = Deadline and transparency settings
settings-sla = Reminders, escalation and auto-close
settings-sla-categories-hint = The first-response target and the resolution deadline (working or calendar days) are set per category on the page
settings-escalationDelayHours = Escalate to the unit above after the deadline (hours)
settings-escalationDelayHours-hint = 1 to 1440 hours; each further level follows after as many hours.
settings-maxEscalationLevels = Highest escalation level
settings-maxEscalationLevels-hint = 0 (no escalation) to 10.
settings-autoCloseDays = Close resolved tickets the citizen did not rate after (days)
settings-autoCloseDays-hint = 0 (never) to 365 days.
settings-calendar = Working calendar
settings-workingWeekdays = Working days of the week
settings-holidays-hint = Public holidays do not count towards deadlines; manage them on the page
settings-weekday-1 = Monday
settings-weekday-2 = Tuesday
settings-weekday-3 = Wednesday
settings-weekday-4 = Thursday
settings-weekday-5 = Friday
settings-weekday-6 = Saturday
settings-weekday-0 = Sunday
settings-transparency = Public transparency page
settings-transparencyEnabled = Publish the transparency page (aggregate figures only, no personal data)
settings-transparencyIncludeTips = Include crime tips in the public figures
settings-transparency-hint = The public page is off by default. Its address:
settings-invalid = Some values need another look — please check the fields marked below.
settings-error-escalationDelayHours = Please enter a whole number of hours from 1 to 1440.
settings-error-maxEscalationLevels = Please enter a whole number from 0 to 10.
settings-error-autoCloseDays = Please enter a whole number of days from 0 to 365.
settings-error-workingWeekdays = Please choose at least one working day.
settings-error-transparencyEnabled = This value is not valid.
settings-error-transparencyIncludeTips = This value is not valid.
done-unchanged = Nothing changed, so nothing was saved.

## Unread notices badge in the menu

notice-unread = { $count } unread notices

## Messages to a unit's Telegram group (core/sla/reminder-text.ts); { $unit } is the unit code

group-first-response = ⏰ Ticket { $code } ({ $unit }) has had no first answer within its target.
group-due-50 = ⏰ Ticket { $code } ({ $unit }) has used 50% of its time; deadline { $due }.
group-due-80 = ⚠️ Ticket { $code } ({ $unit }) has used 80% of its time; deadline { $due }.
group-overdue = 🔴 Ticket { $code } ({ $unit }) is OVERDUE (deadline { $due }). The unit's leaders are asked to see to it.
group-escalated = 🔴 Ticket { $code } ({ $unit }) is overdue and unresolved, reported to the unit above (level { $level }); deadline { $due }.
group-assignee = Officer in charge: { $name }.
group-unassigned = No officer assigned yet.
group-summary = Content: { $summary }
group-new-ticket = 🆕 New ticket { $code } ({ $unit }): { $category }; deadline { $due }.
group-new-urgent-ticket = 🚨 URGENT — new ticket { $code } ({ $unit }): { $category }; deadline { $due }.
group-reply-hint = Reply to this message to send your answer to the citizen.
group-low-rating = ⚠️ Ticket { $code } ({ $unit }): the citizen rated the answer { $rating }/5. The unit's leaders are asked to review it, contact the citizen again or reopen the ticket.
group-not-resolved = ⚠️ Ticket { $code } ({ $unit }): the citizen says the matter is NOT resolved. The unit's leaders are asked to review it, contact the citizen again or reopen the ticket.

## Settings: language of a unit's Telegram group posts

settings-group-languages = Language of posts to units' Telegram groups
settings-group-languages-hint = Deadline reminders, escalations, new-ticket announcements and low ratings go to a unit's linked Telegram group in the language chosen here (Vietnamese by default).
settings-group-not-linked = no group linked
settings-language-vi = Vietnamese
settings-language-en = English
field-groupLanguage = Telegram group language
