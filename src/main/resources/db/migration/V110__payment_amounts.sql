-- Payments are amounts (issue 15): an invoice knows what was paid on it and which reminder fee it carries, so a
-- partial payment leaves it PARTIALLY_PAID with the open amount, and a payment reported twice is booked once.
ALTER TABLE cd_invoice ADD COLUMN paid_amount DECIMAL(14, 2) NOT NULL DEFAULT 0;
ALTER TABLE cd_invoice ADD COLUMN reminder_fee DECIMAL(14, 2) NOT NULL DEFAULT 0;
UPDATE cd_invoice SET paid_amount = amount WHERE status = 'PAID';

ALTER TABLE cd_invoice_payment ADD COLUMN currency VARCHAR(3);
ALTER TABLE cd_invoice_payment ADD COLUMN payment_reference VARCHAR(100);
UPDATE cd_invoice_payment SET currency = (SELECT i.currency FROM cd_invoice i
    WHERE i.invoice_number = cd_invoice_payment.invoice_number);
-- The bank's reference names one payment: reported again, it is the same payment (older rows have none).
CREATE UNIQUE INDEX cd_invoice_payment_reference ON cd_invoice_payment (invoice_number, payment_reference);
