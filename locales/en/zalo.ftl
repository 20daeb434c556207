## Zalo
zalo-choices-hint = Type a number { $first }–{ $last } or type the words
zalo-choices-hint-one = Type 1 or type the words
zalo-request-phone = 📞 Please type your phone number (for example 0912 345 678).
zalo-request-location = 📍 Please type the address or the name of the commune/ward where it happened.
zalo-unsupported = Sorry, Zalo does not let us receive this kind of message (files, locations, contact cards). Please type it as text or send a photo.
zalo-link = See: { $url }
