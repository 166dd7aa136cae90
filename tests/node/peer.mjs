// The providers' official Node SDKs as an independent peer of billing-sandbox and of the
// project's own signing code. Run by tst_sdk_peers with the sandbox's URL and test secrets.
import Stripe from 'stripe';
import razorpayUtils from 'razorpay/dist/utils/razorpay-utils.js';
import { verifyWebhookSignature as verifyCreem } from 'creem/webhooks';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing ${name}`);
  return value;
};
const base = env('BC_URL');
const stripe = new Stripe('sk_test_peer');
const stripeSecret = env('BC_STRIPE_WEBHOOK_SECRET');
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`);
};

async function post(path, body, headers = {}) {
  const response = await fetch(base + path, {method: 'POST', body, headers: {'Content-Type': 'application/json', ...headers}});
  return {status: response.status, json: await response.json().catch(() => null)};
}

// 1. Stripe-Signature made by stripe.webhooks.generateTestHeaderString is accepted by both
//    Stripe-backed families; a tampered body or a stale timestamp is refused.
for (const path of ['/payment/webhook/stripe', '/v1/billing/webhooks']) {
  const payload = JSON.stringify({id: `evt_sdk_${path.length}_${Date.now()}`, object: 'event', type: 'ping', data: {object: {}}});
  const header = stripe.webhooks.generateTestHeaderString({payload, secret: stripeSecret});
  const ok = await post(path, payload, {'Stripe-Signature': header});
  check(`stripe SDK header accepted by ${path}`, ok.status === 200, `HTTP ${ok.status}`);
  const tampered = await post(path, payload.replace('ping', 'pong'), {'Stripe-Signature': header});
  check(`tampered body refused by ${path}`, tampered.status === 400, `HTTP ${tampered.status}`);
  const staleHeader = stripe.webhooks.generateTestHeaderString({payload, secret: stripeSecret, timestamp: Math.floor(Date.now() / 1000) - 600});
  const stale = await post(path, payload, {'Stripe-Signature': staleHeader});
  check(`stale timestamp refused by ${path}`, stale.status === 400, `HTTP ${stale.status}`);
}

// 2. The project's own Stripe-Signature (bc::signatures) verifies with stripe.webhooks.constructEvent.
try {
  const event = stripe.webhooks.constructEvent(env('BC_OWN_STRIPE_BODY'), env('BC_OWN_STRIPE_HEADER'), stripeSecret, 1e9);
  check('own Stripe-Signature verified by the SDK', event.id === JSON.parse(env('BC_OWN_STRIPE_BODY')).id);
} catch (e) {
  check('own Stripe-Signature verified by the SDK', false, e.message);
}

// 3. Razorpay: the sandbox's checkout signature and the project's webhook signature verify with
//    the SDK's own helpers; a wrong secret does not.
const keySecret = env('BC_RAZORPAY_KEY_SECRET');
const checkout = await post('/api/billing/cancel', JSON.stringify({atPeriodEnd: false}), {Authorization: `Bearer ${env('BC_OWNER_KEY')}`});
check('cancel before a new checkout', checkout.status === 200, `HTTP ${checkout.status}`);
const order = await post('/api/billing/checkout', JSON.stringify({planId: 'starter', billingCycle: 'monthly'}), {Authorization: `Bearer ${env('BC_OWNER_KEY')}`});
check('checkout creates an order', order.status === 201, `HTTP ${order.status}`);
const paid = await post(`/sim/razorpay/orders/${order.json.orderId}/pay`, JSON.stringify({outcome: 'success'}));
const {validatePaymentVerification, validateWebhookSignature} = razorpayUtils;
check('sandbox payment signature verified by the SDK',
      validatePaymentVerification({order_id: paid.json.razorpay_order_id, payment_id: paid.json.razorpay_payment_id},
                                  paid.json.razorpay_signature, keySecret) === true);
check('a wrong key secret does not verify',
      validatePaymentVerification({order_id: paid.json.razorpay_order_id, payment_id: paid.json.razorpay_payment_id},
                                  paid.json.razorpay_signature, keySecret + 'x') === false);
check('own X-Razorpay-Signature verified by the SDK',
      validateWebhookSignature(env('BC_OWN_RAZORPAY_BODY'), env('BC_OWN_RAZORPAY_SIGNATURE'), env('BC_RAZORPAY_WEBHOOK_SECRET')) === true);
const confirm = await post('/api/billing/checkout/confirm',
                           JSON.stringify({orderId: paid.json.razorpay_order_id, paymentId: paid.json.razorpay_payment_id, signature: paid.json.razorpay_signature}),
                           {Authorization: `Bearer ${env('BC_OWNER_KEY')}`});
check('confirm with the SDK-verified signature', confirm.status === 200, `HTTP ${confirm.status}`);

// 4. Creem: the project's creem-signature verifies with the official SDK; a wrong secret does not.
const creemBody = env('BC_OWN_CREEM_BODY');
const creemSignature = env('BC_OWN_CREEM_SIGNATURE');
await verifyCreem(creemBody, {'creem-signature': creemSignature}, env('BC_CREEM_WEBHOOK_SECRET'))
    .then(() => check('own creem-signature verified by the SDK', true), (e) => check('own creem-signature verified by the SDK', false, e.message));
await verifyCreem(creemBody, {'creem-signature': creemSignature}, 'whsec_wrong')
    .then(() => check('a wrong Creem secret does not verify', false), () => check('a wrong Creem secret does not verify', true));

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
