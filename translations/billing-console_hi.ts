<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>The billing server did not answer in time. Nothing was changed; try again.</source>
        <translation>बिलिंग सर्वर ने समय पर उत्तर नहीं दिया। कुछ नहीं बदला; फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). The console refused the connection to keep your data safe.</source>
        <translation>सर्वर का प्रमाणपत्र सत्यापित नहीं हो सका (%1)। आपका डेटा सुरक्षित रखने के लिए कंसोल ने कनेक्शन अस्वीकार किया।</translation>
    </message>
    <message>
        <source>Cannot reach the billing server (%1). Check the connection and try again.</source>
        <translation>बिलिंग सर्वर तक नहीं पहुँचा जा सका (%1)। कनेक्शन जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The server sent an answer the console could not read (%1).</source>
        <translation>सर्वर ने ऐसा उत्तर भेजा जिसे कंसोल पढ़ नहीं सका (%1)।</translation>
    </message>
    <message>
        <source>Saved in Pending changes (%1). It will be sent, once, when the billing server can be reached.</source>
        <translation>लंबित बदलावों में सहेजा गया (%1)। बिलिंग सर्वर तक पहुँच होने पर इसे एक बार भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Your API key or session is no longer valid. Sign in again.</source>
        <translation>आपकी API कुंजी या सत्र अब मान्य नहीं है। फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>साइन इन नहीं: %1</translation>
    </message>
    <message>
        <source>The billing server had a problem (HTTP %1)%2 Nothing was changed; try again.</source>
        <translation>बिलिंग सर्वर में समस्या आई (HTTP %1)%2 कुछ नहीं बदला; फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>सर्वर ने अनुरोध अस्वीकार किया (HTTP %1)।</translation>
    </message>
    <message>
        <source>This server does not offer %1.</source>
        <translation>यह सर्वर %1 उपलब्ध नहीं कराता।</translation>
    </message>
    <message>
        <source>This key may not do that (HTTP 403).</source>
        <translation>इस कुंजी को यह करने की अनुमति नहीं है (HTTP 403)।</translation>
    </message>
    <message>
        <source>This key may not do that: %1</source>
        <translation>इस कुंजी को यह करने की अनुमति नहीं है: %1</translation>
    </message>
</context>
<context>
    <name>CheckoutLauncher</name>
    <message>
        <source>The embedded checkout could not be loaded (%1).</source>
        <translation>अंतर्निहित चेकआउट लोड नहीं हो सका (%1)।</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The address must be an http:// or https:// URL with a host.</source>
        <translation>पता होस्ट सहित http:// या https:// URL होना चाहिए।</translation>
    </message>
    <message>
        <source>Platform charges need the company id and the extension id.</source>
        <translation>प्लेटफ़ॉर्म शुल्कों के लिए कंपनी ID और एक्सटेंशन ID चाहिए।</translation>
    </message>
    <message>
        <source>The connection does not work.</source>
        <translation>कनेक्शन काम नहीं करता।</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 तक नहीं पहुँच सके: %2</translation>
    </message>
    <message>
        <source>The server is there, but it does not accept this API key: %1</source>
        <translation>सर्वर उपलब्ध है, पर यह API कुंजी स्वीकार नहीं करता: %1</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>सर्वर जवाब देता है।</translation>
    </message>
    <message>
        <source>The server answered, but not as the %1 document says: %2</source>
        <translation>सर्वर ने जवाब दिया, पर %1 दस्तावेज़ के अनुसार नहीं: %2</translation>
    </message>
    <message>
        <source>The server answers, and accepts this API key.</source>
        <translation>सर्वर जवाब देता है और यह API कुंजी स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Reaching the server…</source>
        <translation>सर्वर से संपर्क हो रहा है…</translation>
    </message>
    <message>
        <source>Checking the role…</source>
        <translation>भूमिका जाँची जा रही है…</translation>
    </message>
    <message>
        <source>The server confirms this key is %1.</source>
        <translation>सर्वर पुष्टि करता है कि यह कुंजी %1 है।</translation>
    </message>
    <message>
        <source>The server says this key is %1, not %2.</source>
        <translation>सर्वर के अनुसार यह कुंजी %1 है, %2 नहीं।</translation>
    </message>
    <message>
        <source>The server refuses %1 to this key; a %2 key may read it, so this key is not %2.</source>
        <translation>सर्वर इस कुंजी को %1 नहीं देता; %2 कुंजी इसे पढ़ सकती है, इसलिए यह कुंजी %2 नहीं है।</translation>
    </message>
    <message>
        <source>This key may read %1, which only keys of roles like %2 may.</source>
        <translation>यह कुंजी %1 पढ़ सकती है, जो केवल %2 जैसी भूमिकाओं की कुंजियाँ पढ़ सकती हैं।</translation>
    </message>
    <message>
        <source>Could not check the role: %1</source>
        <translation>भूमिका नहीं जाँची जा सकी: %1</translation>
    </message>
    <message>
        <source>every organisation&apos;s subscriptions</source>
        <translation>सभी संगठनों की सदस्यताएँ</translation>
    </message>
    <message>
        <source>the payments export</source>
        <translation>भुगतान निर्यात</translation>
    </message>
    <message>
        <source>the plans administration</source>
        <translation>प्लान प्रबंधन</translation>
    </message>
    <message>
        <source>every organisation&apos;s credit transactions</source>
        <translation>सभी संगठनों के क्रेडिट लेन-देन</translation>
    </message>
    <message>
        <source>This server has no “who am I”: the console takes this key to be %1, as the connection says.</source>
        <translation>इस सर्वर में “मैं कौन हूँ” नहीं है: कंसोल इस कुंजी को %1 मानता है, जैसा कनेक्शन में लिखा है।</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>%1 खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Also offers: %1.</source>
        <translation>यह भी उपलब्ध है: %1।</translation>
    </message>
    <message>
        <source>Does not offer (the console does without): %1.</source>
        <translation>उपलब्ध नहीं (कंसोल इसके बिना काम करता है): %1।</translation>
    </message>
    <message>
        <source>Reading a price…</source>
        <translation>एक मूल्य पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>%1: %2 a month?</source>
        <translation>%1: %2 प्रति माह?</translation>
    </message>
    <message>
        <source>Prices read as: %1</source>
        <translation>मूल्य इस तरह पढ़े गए: %1</translation>
    </message>
    <message>
        <source>The plans cannot be read: %1</source>
        <translation>प्लान नहीं पढ़े जा सकते: %1</translation>
    </message>
</context>
<context>
    <name>CreditBatch</name>
    <message>
        <source>No customer has this id, email or name</source>
        <translation>इस आईडी, ईमेल या नाम का कोई ग्राहक नहीं है</translation>
    </message>
    <message>
        <source>More than one customer matches: use the customer&apos;s id</source>
        <translation>एक से अधिक ग्राहक मेल खाते हैं: ग्राहक की आईडी का उपयोग करें</translation>
    </message>
    <message>
        <source>The change must be a whole number of credits, not zero</source>
        <translation>बदलाव क्रेडिट की पूर्ण संख्या होना चाहिए, शून्य नहीं</translation>
    </message>
    <message>
        <source>Not one of the reasons for an adjustment</source>
        <translation>समायोजन के कारणों में से कोई नहीं</translation>
    </message>
    <message>
        <source>The balance would go below zero</source>
        <translation>शेष राशि शून्य से नीचे चली जाएगी</translation>
    </message>
    <message>
        <source>The same change as an earlier row</source>
        <translation>पिछली पंक्ति जैसा ही बदलाव</translation>
    </message>
    <message>
        <source>The first line names columns but not the customer and the amount.</source>
        <translation>पहली पंक्ति में कॉलम के नाम हैं, पर ग्राहक और राशि नहीं।</translation>
    </message>
    <message>
        <source>There are no rows to adjust.</source>
        <translation>समायोजित करने के लिए कोई पंक्ति नहीं है।</translation>
    </message>
    <message>
        <source>batch %1, row %2: %3</source>
        <translation>बैच %1, पंक्ति %2: %3</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>Applied earlier</source>
        <translation>पहले लागू किया गया</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Applied %1, applied earlier %2, refused %3, skipped %4, not sent %5.</source>
        <translation>लागू %1, पहले लागू %2, अस्वीकृत %3, छोड़े गए %4, नहीं भेजे गए %5।</translation>
    </message>
</context>
<context>
    <name>DatePreset</name>
    <message>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>पिछले महीने</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>इस तिमाही</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>पिछली तिमाही</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>इस वर्ष</translation>
    </message>
</context>
<context>
    <name>Extension</name>
    <message>
        <source>a “who am I” for API keys</source>
        <translation>API कुंजियों के लिए “मैं कौन हूँ” जाँच</translation>
    </message>
    <message>
        <source>a list of plans</source>
        <translation>योजनाओं की सूची</translation>
    </message>
    <message>
        <source>a preview of what a plan change costs</source>
        <translation>योजना बदलने की लागत का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>coupon checks before a checkout</source>
        <translation>भुगतान से पहले कूपन जाँच</translation>
    </message>
    <message>
        <source>a list of invoices</source>
        <translation>चालानों की सूची</translation>
    </message>
    <message>
        <source>invoices as data (only as PDF)</source>
        <translation>डेटा के रूप में चालान (केवल PDF)</translation>
    </message>
    <message>
        <source>a list of payments (only the CSV export)</source>
        <translation>भुगतानों की सूची (केवल CSV निर्यात)</translation>
    </message>
    <message>
        <source>a revenue report</source>
        <translation>राजस्व रिपोर्ट</translation>
    </message>
    <message>
        <source>the current credits subscription</source>
        <translation>वर्तमान क्रेडिट सदस्यता</translation>
    </message>
    <message>
        <source>a customer search</source>
        <translation>ग्राहक खोज</translation>
    </message>
    <message>
        <source>a monthly credits summary</source>
        <translation>मासिक क्रेडिट सारांश</translation>
    </message>
    <message>
        <source>a list of charges</source>
        <translation>शुल्कों की सूची</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>मैं कौन हूँ</translation>
    </message>
    <message>
        <source>Plan list</source>
        <translation>प्लान सूची</translation>
    </message>
    <message>
        <source>Plan change preview</source>
        <translation>प्लान बदलाव का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Coupon check</source>
        <translation>कूपन जाँच</translation>
    </message>
    <message>
        <source>Invoice list</source>
        <translation>चालान सूची</translation>
    </message>
    <message>
        <source>Invoice data</source>
        <translation>चालान डेटा</translation>
    </message>
    <message>
        <source>Payment list</source>
        <translation>भुगतान सूची</translation>
    </message>
    <message>
        <source>Revenue report</source>
        <translation>राजस्व रिपोर्ट</translation>
    </message>
    <message>
        <source>Current subscription</source>
        <translation>वर्तमान सदस्यता</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>ग्राहक खोज</translation>
    </message>
    <message>
        <source>Credits summary</source>
        <translation>क्रेडिट सारांश</translation>
    </message>
    <message>
        <source>Charge list</source>
        <translation>शुल्क सूची</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>GSTIN: %1</source>
        <translation>GSTIN: %1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>अवधि: %1 – %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Tax Invoice</source>
        <translation>कर बीजक</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>#</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>This is a computer-generated invoice.</source>
        <translation>यह कंप्यूटर द्वारा बनाया गया इनवॉइस है।</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>Invoice no.: %1</source>
        <translation>इनवॉइस सं.: %1</translation>
    </message>
    <message>
        <source>Date of issue: %1</source>
        <translation>जारी करने की तारीख: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>देय: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>बिल प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Place of supply: %1 (%2)</source>
        <translation>आपूर्ति का स्थान: %1 (%2)</translation>
    </message>
    <message>
        <source>Tax payable on reverse charge: %1</source>
        <translation>रिवर्स चार्ज पर देय कर: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>मुद्रा: %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>उप-योग</translation>
    </message>
    <message>
        <source>Discount (coupon %1)</source>
        <translation>छूट (कूपन %1)</translation>
    </message>
    <message>
        <source>Round off</source>
        <translation>पूर्णांकन</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>भुगतान की गई राशि</translation>
    </message>
    <message>
        <source>Credits applied</source>
        <translation>लागू क्रेडिट</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <source>Tax summary</source>
        <translation>कर सारांश</translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation>कुल कर</translation>
    </message>
    <message>
        <source>Payment references: %1</source>
        <translation>भुगतान संदर्भ: %1</translation>
    </message>
    <message>
        <source>Authorised signatory, %1</source>
        <translation>अधिकृत हस्ताक्षरकर्ता, %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>आंशिक भुगतान</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
</context>
<context>
    <name>InvoicesPane</name>
    <message>
        <source>Invoice %1 of %2…</source>
        <translation>इनवॉइस %1 / %2…</translation>
    </message>
    <message>
        <source>Could not write invoice %1.</source>
        <translation>इनवॉइस %1 नहीं लिखा जा सका।</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>राशि दर्ज करें।</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>“%1” ISO 4217 मुद्रा कोड नहीं है।</translation>
    </message>
    <message>
        <source>The amount “%1” contains a space; write digits only, e.g. 999.00.</source>
        <translation>राशि “%1” में स्पेस है; केवल अंक लिखें, जैसे 999.00।</translation>
    </message>
    <message>
        <source>The amount “%1” uses an exponent; write it out in plain digits.</source>
        <translation>राशि “%1” में घातांक है; इसे सादे अंकों में लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not an amount; use digits with an optional &apos;-&apos; and &apos;.&apos;, e.g. 999.00.</source>
        <translation>“%1” राशि नहीं है; अंकों के साथ वैकल्पिक &apos;-&apos; और &apos;.&apos; का उपयोग करें, जैसे 999.00।</translation>
    </message>
    <message>
        <source>%1 has no minor unit: “%2” must be a whole number.</source>
        <translation>%1 की कोई उप-इकाई नहीं है: “%2” पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals; “%3” has more.</source>
        <translation>%1 राशियों में अधिकतम %2 दशमलव होते हैं; “%3” में अधिक हैं।</translation>
    </message>
    <message>
        <source>The amount “%1” has a sign in the wrong place; only a leading &apos;-&apos; is allowed.</source>
        <translation>राशि “%1” में चिह्न गलत स्थान पर है; केवल आरंभ में &apos;-&apos; की अनुमति है।</translation>
    </message>
    <message>
        <source>The amount “%1” is too large.</source>
        <translation>राशि “%1” बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>more than can be added in %1</source>
        <translation>%1 में जोड़ी जा सकने वाली राशि से अधिक</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Printing to a printer needs the CUPS client (Debian package cups-client), which is not installed: lp was not found.</source>
        <translation>प्रिंटर पर प्रिंट करने के लिए CUPS क्लाइंट (Debian पैकेज cups-client) चाहिए, जो इंस्टॉल नहीं है: lp नहीं मिला।</translation>
    </message>
    <message>
        <source>lp ended with code %1 and said nothing.</source>
        <translation>lp कोड %1 के साथ बिना कुछ कहे समाप्त हुआ।</translation>
    </message>
    <message>
        <source>The print queue %1 did not answer within %2 s.</source>
        <translation>प्रिंट कतार %1 ने %2 सेकंड में उत्तर नहीं दिया।</translation>
    </message>
    <message>
        <source>%1 The queue says: %2</source>
        <translation>%1 कतार का संदेश: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message numerus="yes">
        <source>The API keys of %n connection(s) moved into the keychain.</source>
        <translation>
            <numerusform>%n कनेक्शन की API कुंजी अब कीचेन में है।</numerusform>
            <numerusform>%n कनेक्शनों की API कुंजियाँ अब कीचेन में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 नहीं लिखा जा सका।</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Demo sandbox</source>
        <translation>डेमो सैंडबॉक्स</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <source>The demo needs billing-sandbox, which is not installed here (Debian: install the billing-console-demo package).</source>
        <translation>डेमो के लिए billing-sandbox चाहिए, जो यहाँ इंस्टॉल नहीं है (Debian: billing-console-demo पैकेज इंस्टॉल करें)।</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message numerus="yes">
        <source>%n exceptions</source>
        <translation>
            <numerusform>%n अपवाद</numerusform>
            <numerusform>%n अपवाद</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Super Admin</source>
        <translation>सुपर एडमिन</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ओनर</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>सपोर्ट</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <source>Only a Super Admin can edit any subscription; you are signed in as %1.</source>
        <translation>केवल सुपर एडमिन कोई भी सब्सक्रिप्शन संपादित कर सकते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Plan changes, cancellations and resumes are made by the organisation&apos;s Owner or Admin; as Super Admin use Edit with a reason.</source>
        <translation>प्लान बदलाव, रद्दीकरण और पुनः आरंभ संगठन के ओनर या एडमिन करते हैं; सुपर एडमिन के रूप में कारण सहित संपादन का उपयोग करें।</translation>
    </message>
    <message>
        <source>Only an Owner or Admin can change the subscription; you are signed in as %1.</source>
        <translation>केवल ओनर या एडमिन सब्सक्रिप्शन बदल सकते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Payments are visible to Owners, Admins and Support; you are signed in as %1.</source>
        <translation>भुगतान ओनर, एडमिन और सपोर्ट को दिखते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Only an Owner, Admin or Super Admin can export payments; you are signed in as %1.</source>
        <translation>केवल ओनर, एडमिन या सुपर एडमिन भुगतान निर्यात कर सकते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Credit adjustments are made by Support or a Super Admin; you are signed in as %1.</source>
        <translation>क्रेडिट समायोजन सपोर्ट या सुपर एडमिन करते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Only Support and Super Admins can open other customers&apos; ledgers; you are signed in as %1.</source>
        <translation>केवल सपोर्ट और सुपर एडमिन दूसरे ग्राहकों के खाते खोल सकते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Only a Super Admin can change the daily check-in; you are signed in as %1.</source>
        <translation>केवल सुपर एडमिन दैनिक चेक-इन बदल सकते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Coupons and plans are managed by a Super Admin; you are signed in as %1.</source>
        <translation>कूपन और प्लान सुपर एडमिन प्रबंधित करते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Invoices are visible to Owners, Admins and Support; you are signed in as %1.</source>
        <translation>इनवॉइस ओनर, एडमिन और सपोर्ट देख सकते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Platform charges are managed by an Owner, Admin or Super Admin; you are signed in as %1.</source>
        <translation>प्लेटफ़ॉर्म शुल्क ओनर, एडमिन या सुपर एडमिन प्रबंधित करते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>Purchases are made by the organisation&apos;s Owner or Admin.</source>
        <translation>खरीद संगठन के ओनर या एडमिन करते हैं।</translation>
    </message>
    <message>
        <source>A Super Admin works across organisations and has no subscription of their own.</source>
        <translation>सुपर एडमिन सभी संगठनों में काम करते हैं और उनकी अपनी कोई सदस्यता नहीं होती।</translation>
    </message>
    <message>
        <source>Reconciliation is for finance: an Owner, Admin or Super Admin; you are signed in as %1.</source>
        <translation>मिलान वित्त टीम का काम है: Owner, Admin या Super Admin; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available (%1). The API key is kept in memory for this run only; the console will ask for it again next time.</source>
        <translation>कोई कीचेन उपलब्ध नहीं (%1)। API कुंजी केवल इस बार के लिए मेमोरी में रखी गई है; कंसोल अगली बार फिर पूछेगा।</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Org billing</source>
        <translation>संगठन बिलिंग</translation>
    </message>
    <message>
        <source>Credits service</source>
        <translation>क्रेडिट सेवा</translation>
    </message>
    <message>
        <source>Platform charges</source>
        <translation>प्लैटफ़ॉर्म शुल्क</translation>
    </message>
    <message>
        <source>Tier billing</source>
        <translation>टियर बिलिंग</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>प्रमाणित</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>अधिकृत</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>धनवापसी हुई</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Net banking</source>
        <translation>नेट बैंकिंग</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <source>e-Mandate</source>
        <translation>ई-मैंडेट</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>क्रेडिट</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Creem</source>
        <translation>Creem</translation>
    </message>
    <message>
        <source>Razorpay</source>
        <translation>Razorpay</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>एकमुश्त</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>स्वीकृति की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>प्रतिशत छूट</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>राशि की छूट</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>एक बार</translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation>आवर्ती</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>हमेशा</translation>
    </message>
    <message>
        <source>AI usage</source>
        <translation>AI उपयोग</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>खरीद</translation>
    </message>
    <message>
        <source>Plan grant</source>
        <translation>प्लान अनुदान</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>चेक-इन</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>मैनुअल समायोजन</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>धनवापसी</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>सद्भावना</translation>
    </message>
    <message>
        <source>Service outage</source>
        <translation>सेवा बाधित</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>बिलिंग त्रुटि</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>प्रचार</translation>
    </message>
    <message>
        <source>Fraud reversal</source>
        <translation>धोखाधड़ी वापसी</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>माइग्रेशन</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>फ़्री</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>प्रो</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>एंटरप्राइज़</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>प्रति माह</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>प्रति वर्ष</translation>
    </message>
    <message>
        <source>per period</source>
        <translation>प्रति अवधि</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>वार्षिक</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>सदस्यता शुरू हुई</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>योजना बदली गई</translation>
    </message>
    <message>
        <source>Cancellation at period end</source>
        <translation>अवधि के अंत में रद्दीकरण</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>फिर से शुरू</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>नवीनीकृत</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>भुगतान विफल</translation>
    </message>
    <message>
        <source>Edited by an administrator</source>
        <translation>व्यवस्थापक द्वारा संपादित</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>अन्य बदलाव</translation>
    </message>
</context>
<context>
    <name>bc</name>
    <message>
        <source>Razorpay settlement reconciliation report</source>
        <translation>Razorpay सेटलमेंट मिलान रिपोर्ट</translation>
    </message>
    <message>
        <source>Stripe itemised balance change or payout reconciliation report</source>
        <translation>Stripe विस्तृत बैलेंस परिवर्तन या पेआउट मिलान रिपोर्ट</translation>
    </message>
    <message>
        <source>Missing at the provider</source>
        <translation>प्रदाता के पास नहीं</translation>
    </message>
    <message>
        <source>Unknown to the server</source>
        <translation>सर्वर को अज्ञात</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>राशि अलग है</translation>
    </message>
    <message>
        <source>Currency differs</source>
        <translation>मुद्रा अलग है</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>स्थिति अलग है</translation>
    </message>
    <message>
        <source>Outside the dates</source>
        <translation>तारीखों के बाहर</translation>
    </message>
    <message>
        <source>Settled twice</source>
        <translation>दो बार सेटल</translation>
    </message>
    <message>
        <source>Paid on %1 (%2, refunded since) but not in %3’s report</source>
        <translation>%1 को भुगतान (%2, बाद में रिफ़ंड) पर %3 की रिपोर्ट में नहीं</translation>
    </message>
    <message>
        <source>Paid on %1 (%2) but not in %3’s report</source>
        <translation>%1 को भुगतान (%2) पर %3 की रिपोर्ट में नहीं</translation>
    </message>
    <message>
        <source>%1 settled %2 paid on %3; the server has no such payment</source>
        <translation>%1 ने %3 को भुगतान किए गए %2 सेटल किए; सर्वर पर ऐसा कोई भुगतान नहीं है</translation>
    </message>
    <message>
        <source>The server says %1; %2 says %3</source>
        <translation>सर्वर के अनुसार %1; %2 के अनुसार %3</translation>
    </message>
    <message>
        <source>Refunded on the server; %1’s report has no refund</source>
        <translation>सर्वर पर रिफ़ंड; %1 की रिपोर्ट में कोई रिफ़ंड नहीं</translation>
    </message>
    <message>
        <source>Refunded at %1 (%2); still captured on the server</source>
        <translation>%1 पर रिफ़ंड (%2); सर्वर पर अब भी कैप्चर</translation>
    </message>
    <message>
        <source>%1 on the server; %2 settled it (%3)</source>
        <translation>सर्वर पर %1; %2 ने इसे सेटल किया (%3)</translation>
    </message>
    <message>
        <source>Refund of %1 for a payment the server did not list for these dates (paid before them, or unknown to it)</source>
        <translation>ऐसे भुगतान का %1 रिफ़ंड जिसे सर्वर ने इन तारीखों में नहीं दिखाया (पहले भुगतान हुआ, या सर्वर को अज्ञात)</translation>
    </message>
    <message>
        <source>Paid on %1, outside the dates reconciled (%2)</source>
        <translation>%1 को भुगतान, मिलान की तारीखों के बाहर (%2)</translation>
    </message>
    <message>
        <source>Settled on %1, outside the dates reconciled</source>
        <translation>%1 को सेटल, मिलान की तारीखों के बाहर</translation>
    </message>
    <message>
        <source>In %1’s report more than once (again on line %2)</source>
        <translation>%1 की रिपोर्ट में एक से अधिक बार (फिर पंक्ति %2 पर)</translation>
    </message>
    <message>
        <source>%1: the sums are too large to add up exactly; no totals given</source>
        <translation>%1: योग सटीक जोड़ने के लिए बहुत बड़े हैं; कोई योग नहीं दिया गया</translation>
    </message>
    <message>
        <source>%1: %2 matched (%3), fees %4, tax on fees %5, refunds %6, net settled %7, %8</source>
        <translation>%1: %2 मिलान (%3), शुल्क %4, शुल्क पर कर %5, रिफ़ंड %6, शुद्ध सेटल %7, %8</translation>
    </message>
</context>
<context>
    <name>bc::ApiTransport</name>
    <message>
        <source>older changes are waiting to be sent first</source>
        <translation>पुराने बदलाव पहले भेजे जाने की प्रतीक्षा में हैं</translation>
    </message>
</context>
<context>
    <name>bc::BuyCreditsDialog</name>
    <message>
        <source>Buy credits</source>
        <translation>क्रेडिट खरीदें</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>भुगतान पर जाएँ</translation>
    </message>
    <message>
        <source> × 1,000 credits</source>
        <translation> × 1,000 क्रेडिट</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>क्रेडिट (&amp;C):</translation>
    </message>
    <message>
        <source>Pay &amp;with:</source>
        <translation>भुगतान माध्यम (&amp;W):</translation>
    </message>
    <message>
        <source>Opening the checkout…</source>
        <translation>चेकआउट खुल रहा है…</translation>
    </message>
</context>
<context>
    <name>bc::CancelDialog</name>
    <message>
        <source>Cancel subscription — %1</source>
        <translation>सब्सक्रिप्शन रद्द करें — %1</translation>
    </message>
    <message>
        <source>At the end of the period, on %1 (the customer keeps access until then)</source>
        <translation>अवधि के अंत में, %1 को (ग्राहक की पहुँच तब तक बनी रहेगी)</translation>
    </message>
    <message>
        <source>Immediately (access ends now; no refund is made here)</source>
        <translation>तुरंत (पहुँच अभी समाप्त; यहाँ कोई धनवापसी नहीं होती)</translation>
    </message>
    <message>
        <source>%1 is on %2 (%3).</source>
        <translation>%1 %2 प्लान पर है (%3)।</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>रद्द करने का कारण</translation>
    </message>
    <message>
        <source>Why is the customer cancelling?</source>
        <translation>ग्राहक क्यों रद्द कर रहा है?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Keep subscription</source>
        <translation>सब्सक्रिप्शन रखें</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>सब्सक्रिप्शन रद्द करें</translation>
    </message>
    <message>
        <source>Give a reason; it is kept with the change.</source>
        <translation>कारण दें; यह बदलाव के साथ रखा जाता है।</translation>
    </message>
</context>
<context>
    <name>bc::CheckinSettingsDialog</name>
    <message>
        <source>Daily check-in</source>
        <translation>दैनिक चेक-इन</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Customers can check in once a day</source>
        <translation>ग्राहक दिन में एक बार चेक-इन कर सकते हैं</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> क्रेडिट</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>पुरस्कार (&amp;A):</translation>
    </message>
    <message>
        <source>Loading the current settings…</source>
        <translation>वर्तमान सेटिंग्स लोड हो रही हैं…</translation>
    </message>
</context>
<context>
    <name>bc::CheckoutDialog</name>
    <message>
        <source>Downloads are not allowed in the checkout.</source>
        <translation>चेकआउट में डाउनलोड की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The payment page&apos;s certificate could not be verified (%1). The checkout was stopped to keep the payment safe.</source>
        <translation>भुगतान पृष्ठ का प्रमाणपत्र सत्यापित नहीं हो सका (%1)। भुगतान सुरक्षित रखने के लिए चेकआउट रोका गया।</translation>
    </message>
</context>
<context>
    <name>bc::CheckoutFlow</name>
    <message>
        <source>Pay %1 — %2</source>
        <translation>%1 का भुगतान करें — %2</translation>
    </message>
    <message>
        <source>The payment failed: %1. Nothing was changed.</source>
        <translation>भुगतान विफल: %1। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The checkout was closed before paying. Nothing was changed.</source>
        <translation>भुगतान से पहले चेकआउट बंद कर दिया गया। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The payment could not be confirmed: %1</source>
        <translation>भुगतान की पुष्टि नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Paid. %1 is now on %2.</source>
        <translation>भुगतान हुआ। %1 अब %2 प्लान पर है।</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>चेकआउट</translation>
    </message>
    <message>
        <source>Paid. The credits arrive as soon as the provider confirms the payment.</source>
        <translation>भुगतान हुआ। प्रदाता के भुगतान की पुष्टि करते ही क्रेडिट आ जाएँगे।</translation>
    </message>
    <message>
        <source>The checkout was left before paying. Nothing was changed.</source>
        <translation>भुगतान से पहले चेकआउट छोड़ दिया गया। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>Billing portal</source>
        <translation>बिलिंग पोर्टल</translation>
    </message>
    <message>
        <source>Back from the billing portal.</source>
        <translation>बिलिंग पोर्टल से वापस।</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>अपग्रेड</translation>
    </message>
    <message>
        <source>Approve charge</source>
        <translation>शुल्क स्वीकृत करें</translation>
    </message>
    <message>
        <source>The charge was approved.</source>
        <translation>शुल्क स्वीकृत हुआ।</translation>
    </message>
    <message>
        <source>The charge was not approved.</source>
        <translation>शुल्क स्वीकृत नहीं हुआ।</translation>
    </message>
    <message>
        <source>You are now on %1.</source>
        <translation>अब आप %1 पर हैं।</translation>
    </message>
    <message>
        <source>Back from the checkout; the plan is still %1. If you paid, it changes as soon as the provider confirms the payment.</source>
        <translation>चेकआउट से वापस; प्लान अब भी %1 है। यदि आपने भुगतान किया है, तो प्रदाता की पुष्टि होते ही यह बदल जाएगा।</translation>
    </message>
</context>
<context>
    <name>bc::CommandPalette</name>
    <message>
        <source>Go to…</source>
        <translation>यहाँ जाएँ…</translation>
    </message>
    <message>
        <source>Pane, action, customer, subscription or invoice</source>
        <translation>पैन, कार्रवाई, ग्राहक, सब्सक्रिप्शन या इनवॉइस</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>मिलान</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionDialog</name>
    <message>
        <source>Connect to your billing server</source>
        <translation>अपने बिलिंग सर्वर से जुड़ें</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>कनेक्शन संपादित करें</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>कनेक्शन का नाम</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>जैसे Acme production</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>https://billing.example.com</source>
        <translation>https://billing.example.com</translation>
    </message>
    <message>
        <source>API family</source>
        <translation>API परिवार</translation>
    </message>
    <message>
        <source>What this key is</source>
        <translation>यह कुंजी किसकी है</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file</source>
        <translation>आपके सिस्टम की कीचेन में, कभी फ़ाइल में नहीं</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>कंपनी ID</translation>
    </message>
    <message>
        <source>Extension id</source>
        <translation>एक्सटेंशन ID</translation>
    </message>
    <message>
        <source>Currency of bare amounts</source>
        <translation>बिना मुद्रा वाली राशियों की मुद्रा</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>जैसे INR</translation>
    </message>
    <message>
        <source>How the server writes amounts</source>
        <translation>सर्वर राशियाँ कैसे लिखता है</translation>
    </message>
    <message>
        <source>In cents (999 is 9.99)</source>
        <translation>पैसे/सेंट में (999 यानी 9.99)</translation>
    </message>
    <message>
        <source>In whole units (999 is 999.00)</source>
        <translation>पूरी इकाइयों में (999 यानी 999.00)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>सर्वर पता (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Speaks:</source>
        <translation>API (&amp;S):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>The key &amp;is:</source>
        <translation>कुंजी की भूमिका (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Company id:</source>
        <translation>कंपनी ID (&amp;C):</translation>
    </message>
    <message>
        <source>E&amp;xtension id:</source>
        <translation>एक्सटेंशन ID (&amp;X):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>मुद्रा (&amp;U):</translation>
    </message>
    <message>
        <source>Amounts &amp;written:</source>
        <translation>राशियाँ लिखी (&amp;W):</translation>
    </message>
    <message>
        <source>Checkout may show:</source>
        <translation>चेकआउट दिखा सकता है:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन जाँचें (&amp;T)</translation>
    </message>
    <message>
        <source>What the test found</source>
        <translation>जाँच में क्या मिला</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>कनेक्शन को एक नाम दें।</translation>
    </message>
    <message>
        <source>Another connection is called “%1”.</source>
        <translation>एक और कनेक्शन का नाम “%1” है।</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://billing.example.com.</source>
        <translation>सर्वर का पता लिखें, जैसे https://billing.example.com।</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API कुंजी लिखें।</translation>
    </message>
    <message>
        <source>Platform charges need the company id and the extension id.</source>
        <translation>प्लेटफ़ॉर्म शुल्कों के लिए कंपनी ID और एक्सटेंशन ID चाहिए।</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, e.g. USD.</source>
        <translation>मुद्रा तीन अक्षरों का कोड है, जैसे INR।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>यह सर्वर</translation>
    </message>
    <message>
        <source>Ask the server, with only the reads its document lists</source>
        <translation>सर्वर से पूछें, केवल उन्हीं पठनों से जो उसके दस्तावेज़ में हैं</translation>
    </message>
    <message>
        <source>Test the connection and save it</source>
        <translation>कनेक्शन जाँचें और सहेजें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; If not, change the currency or the units.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; यदि नहीं, तो मुद्रा या इकाई बदलें।</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>कनेक्शन काम करता है।</translation>
    </message>
    <message>
        <source>The connection does not work</source>
        <translation>कनेक्शन काम नहीं करता</translation>
    </message>
    <message>
        <source>%1

Save it anyway? The console will say the same when it opens this connection.</source>
        <translation>%1

फिर भी सहेजें? यह कनेक्शन खोलते समय कंसोल यही बताएगा।</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>सहेजे गए कनेक्शन</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 as %4</source>
        <translation>%1 — %2, %3, %4 के रूप में</translation>
    </message>
    <message>
        <source>Choose a connection first.</source>
        <translation>पहले कोई कनेक्शन चुनें।</translation>
    </message>
    <message>
        <source>Saved; the API key is in your keychain.</source>
        <translation>सहेजा गया; API कुंजी आपकी कीचेन में है।</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>कनेक्शन हटाएँ</translation>
    </message>
    <message>
        <source>Remove “%1” and its API key from the keychain? The server keeps its data.</source>
        <translation>“%1” और उसकी API कुंजी कीचेन से हटाएँ? सर्वर का डेटा बना रहता है।</translation>
    </message>
</context>
<context>
    <name>bc::CouponCheckDialog</name>
    <message>
        <source>Check a coupon</source>
        <translation>कूपन जाँचें</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँचें</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>कोड (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>प्लान (&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>चक्र (&amp;Y):</translation>
    </message>
    <message>
        <source>%1 Price after discount: %2.</source>
        <translation>%1 छूट के बाद मूल्य: %2।</translation>
    </message>
</context>
<context>
    <name>bc::CouponDialog</name>
    <message>
        <source>New coupon</source>
        <translation>नया कूपन</translation>
    </message>
    <message>
        <source>Create coupon</source>
        <translation>कूपन बनाएँ</translation>
    </message>
    <message>
        <source>e.g. SPRING25</source>
        <translation>उदा. SPRING25</translation>
    </message>
    <message>
        <source>25 (percent) or 500.00 (amount)</source>
        <translation>25 (प्रतिशत) या 500.00 (राशि)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>कोड (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>प्रकार (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>मान (&amp;V):</translation>
    </message>
    <message>
        <source>C&amp;urrency (amount off):</source>
        <translation>मुद्रा (राशि की छूट) (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>अवधि (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Months (repeating):</source>
        <translation>महीने (आवर्ती) (&amp;M):</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>तक मान्य (&amp;U):</translation>
    </message>
    <message>
        <source>Redemption &amp;limit:</source>
        <translation>उपयोग सीमा (&amp;L):</translation>
    </message>
    <message>
        <source>Percent off must be more than 0 and at most 100, with at most two decimals, e.g. 25 or 12.5.</source>
        <translation>प्रतिशत छूट 0 से अधिक और अधिकतम 100 होनी चाहिए, अधिकतम दो दशमलव के साथ, जैसे 25 या 12.5।</translation>
    </message>
    <message>
        <source>Amount off: %1</source>
        <translation>छूट राशि: %1</translation>
    </message>
</context>
<context>
    <name>bc::CouponsPane</name>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n महीना</numerusform>
            <numerusform>%n महीने</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>से मान्य</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>तक मान्य</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>उपयोग किए गए</translation>
    </message>
    <message>
        <source>New coupon…</source>
        <translation>नया कूपन…</translation>
    </message>
    <message>
        <source>Check a code…</source>
        <translation>कोड जाँचें…</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>कूपन: %1</translation>
    </message>
    <message>
        <source>Coupon %1 created.</source>
        <translation>कूपन %1 बनाया गया।</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>कूपन</translation>
    </message>
</context>
<context>
    <name>bc::CreditBatchDialog</name>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Adjust many customers&apos; credits</source>
        <translation>कई ग्राहकों के क्रेडिट समायोजित करें</translation>
    </message>
    <message>
        <source>Apply batch</source>
        <translation>बैच लागू करें</translation>
    </message>
    <message>
        <source>One row a customer: the customer&apos;s id, email or name; the credits to add (+500) or take (-200); a reason code; a note. A first line may name the columns in any order. Nothing is sent until you apply the batch.</source>
        <translation>हर ग्राहक की एक पंक्ति: ग्राहक की आईडी, ईमेल या नाम; जोड़ने (+500) या घटाने (-200) के क्रेडिट; कारण कोड; एक नोट। पहली पंक्ति किसी भी क्रम में कॉलम के नाम दे सकती है। बैच लागू करने तक कुछ नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>Rows to adjust</source>
        <translation>समायोजित करने की पंक्तियाँ</translation>
    </message>
    <message>
        <source>Paste rows from a spreadsheet here, or open a CSV file</source>
        <translation>स्प्रेडशीट से पंक्तियाँ यहाँ चिपकाएँ, या CSV फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>&amp;Open CSV file…</source>
        <translation>CSV फ़ाइल &amp;खोलें…</translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation>पंक्तियाँ &amp;जाँचें</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>अभी शेष</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ज्ञात नहीं</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>बाद में शेष</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Problems or outcome</source>
        <translation>समस्याएँ या परिणाम</translation>
    </message>
    <message>
        <source>Reason for the batch</source>
        <translation>बैच का कारण</translation>
    </message>
    <message>
        <source>e.g. Outage of 1 December, ticket 4711 — kept with every row</source>
        <translation>जैसे 1 दिसंबर की रुकावट, टिकट 4711 — हर पंक्ति के साथ रखा जाता है</translation>
    </message>
    <message>
        <source>Allow balances to go below zero</source>
        <translation>शेष को शून्य से नीचे जाने दें</translation>
    </message>
    <message>
        <source>Skip the rows with problems and apply the others</source>
        <translation>समस्या वाली पंक्तियाँ छोड़ें और बाकी लागू करें</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;कारण:</translation>
    </message>
    <message>
        <source>&amp;Save result…</source>
        <translation>परिणाम &amp;सहेजें…</translation>
    </message>
    <message>
        <source>Open rows to adjust</source>
        <translation>समायोजित करने की पंक्तियाँ खोलें</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n customer(s)…</source>
        <translation>
            <numerusform>%n ग्राहक खोजा जा रहा है…</numerusform>
            <numerusform>%n ग्राहक खोजे जा रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers could not be looked up: %1</source>
        <translation>ग्राहक खोजे नहीं जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); %1 with problems; total change %2 credits.</source>
        <translation>
            <numerusform>%n पंक्ति; %1 में समस्याएँ; कुल बदलाव %2 क्रेडिट।</numerusform>
            <numerusform>%n पंक्तियाँ; %1 में समस्याएँ; कुल बदलाव %2 क्रेडिट।</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch is being applied.</source>
        <translation>बैच लागू हो रहा है।</translation>
    </message>
    <message>
        <source>Check the rows first.</source>
        <translation>पहले पंक्तियाँ जाँचें।</translation>
    </message>
    <message>
        <source>Mend the rows with problems, or tick the box to skip them.</source>
        <translation>समस्या वाली पंक्तियाँ ठीक करें, या उन्हें छोड़ने के लिए बॉक्स चुनें।</translation>
    </message>
    <message>
        <source>No row can be applied.</source>
        <translation>कोई पंक्ति लागू नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Write why this batch is applied; it is kept with every row.</source>
        <translation>लिखें कि यह बैच क्यों लागू किया जा रहा है; यह हर पंक्ति के साथ रखा जाता है।</translation>
    </message>
    <message>
        <source>Sends each row once, with its own key</source>
        <translation>हर पंक्ति एक बार, अपनी कुंजी के साथ भेजता है</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Apply again to send the rest: no row is applied twice.</source>
        <translation>बाकी भेजने के लिए फिर लागू करें: कोई पंक्ति दो बार लागू नहीं होती।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Save the batch&apos;s result</source>
        <translation>बैच का परिणाम सहेजें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Saved the result to %1.</source>
        <translation>परिणाम %1 में सहेजा गया।</translation>
    </message>
    <message>
        <source>Resuming batch %1 as it was confirmed: rows the server already applied answer “applied earlier”.</source>
        <translation>बैच %1 जैसा पुष्टि हुआ था वैसे फिर शुरू हो रहा है: जो पंक्तियाँ सर्वर पहले लागू कर चुका है वे “पहले लागू” बताती हैं।</translation>
    </message>
</context>
<context>
    <name>bc::CreditLedgerModel</name>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>क्रेडिट</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>बाद में शेष</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Operator · reason</source>
        <translation>ऑपरेटर · कारण</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>लेन-देन</translation>
    </message>
</context>
<context>
    <name>bc::CreditLedgerPane</name>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>ग्राहक (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Adjust credits…</source>
        <translation>क्रेडिट समायोजित करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Check-in settings…</source>
        <translation>चेक-इन सेटिंग्स…</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>लेन-देन प्रकार</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Filter descriptions</source>
        <translation>विवरण फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Load &amp;everything</source>
        <translation>सब लोड करें (&amp;E)</translation>
    </message>
    <message>
        <source>Fetch the whole ledger so that sorting and filtering cover every row</source>
        <translation>पूरा खाता लाएँ ताकि छँटाई और फ़िल्टर हर पंक्ति पर लागू हों</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>क्रेडिट खाता</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>लोड करना रोकें</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>पहले ग्राहक चुनें।</translation>
    </message>
    <message>
        <source>Add or take credits with a reason (Ctrl+Shift+A)</source>
        <translation>कारण सहित क्रेडिट जोड़ें या घटाएँ (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 क्रेडिट</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>“%1” से कोई ग्राहक मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 लेन-देन</translation>
    </message>
    <message>
        <source>%1 loaded, more as you scroll</source>
        <translation>%1 लोड हुए, स्क्रॉल करने पर और</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 दिखाए गए</translation>
    </message>
    <message>
        <source>%1 %2 credits for %3; balance now %4.</source>
        <translation>%1: %3 के लिए %2 क्रेडिट; अब शेष %4।</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>जोड़े गए</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>घटाए गए</translation>
    </message>
    <message>
        <source>Type the id of the organisation whose credits you adjust, then press Enter.</source>
        <translation>जिस संगठन के क्रेडिट बदलने हैं उसकी ID लिखें, फिर Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Organisation id, to adjust its credits</source>
        <translation>संगठन ID, उसके क्रेडिट बदलने के लिए</translation>
    </message>
    <message>
        <source>This server has no customer search: the ledger shows every organisation&apos;s transactions. Type an organisation&apos;s id to adjust its credits.</source>
        <translation>इस सर्वर में ग्राहक खोज नहीं है: खाता-बही सभी संगठनों के लेन-देन दिखाती है। किसी संगठन के क्रेडिट बदलने के लिए उसकी ID लिखें।</translation>
    </message>
    <message>
        <source>%1 · balance not shown by this server</source>
        <translation>%1 · यह सर्वर शेष राशि नहीं दिखाता</translation>
    </message>
    <message>
        <source>%1 %2 credits for %3.</source>
        <translation>%3 के लिए %2 क्रेडिट %1।</translation>
    </message>
    <message>
        <source>Choose a customer: type a name, email or id under Customer.</source>
        <translation>ग्राहक चुनें: &quot;ग्राहक&quot; में नाम, ईमेल या आईडी लिखें।</translation>
    </message>
    <message>
        <source>Adjust &amp;many…</source>
        <translation>&amp;कई समायोजित करें…</translation>
    </message>
    <message>
        <source>Credit or debit many customers at once from a CSV file or rows pasted from a spreadsheet</source>
        <translation>CSV फ़ाइल या स्प्रेडशीट से चिपकाई पंक्तियों से कई ग्राहकों को एक साथ क्रेडिट या डेबिट करें</translation>
    </message>
</context>
<context>
    <name>bc::CreditPlanDialog</name>
    <message>
        <source>Edit plan %1</source>
        <translation>प्लान %1 संपादित करें</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>नया प्लान</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>प्लान सहेजें</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>प्लान बनाएँ</translation>
    </message>
    <message>
        <source>e.g. 29.00</source>
        <translation>उदा. 29.00</translation>
    </message>
    <message>
        <source>e.g. 290.00</source>
        <translation>उदा. 290.00</translation>
    </message>
    <message>
        <source>Offered to customers</source>
        <translation>ग्राहकों को उपलब्ध</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>आईडी (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>विवरण (&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>मुद्रा (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Monthly price:</source>
        <translation>मासिक मूल्य (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Yearly price:</source>
        <translation>वार्षिक मूल्य (&amp;Y):</translation>
    </message>
    <message>
        <source>C&amp;redits included:</source>
        <translation>शामिल क्रेडिट (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Features (one a line):</source>
        <translation>सुविधाएँ (प्रति पंक्ति एक) (&amp;F):</translation>
    </message>
    <message>
        <source>Creem &amp;product id:</source>
        <translation>Creem उत्पाद आईडी (&amp;P):</translation>
    </message>
    <message>
        <source>Monthly price: %1</source>
        <translation>मासिक मूल्य: %1</translation>
    </message>
    <message>
        <source>Yearly price: %1</source>
        <translation>वार्षिक मूल्य: %1</translation>
    </message>
</context>
<context>
    <name>bc::CustomerPane</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln क्रेडिट</numerusform>
            <numerusform>%Ln क्रेडिट</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 क्रेडिट</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Billed through</source>
        <translation>बिलिंग का माध्यम</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>चक्र</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <source>Cancels at period end</source>
        <translation>अवधि के अंत में रद्द</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(कोई संख्या नहीं)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>देय तिथि</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>क्रेडिट</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>बाद का शेष</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>भुगतान का माध्यम</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>सक्रिय किया गया</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>ग्राहक (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Adjust credits…</source>
        <translation>क्रेडिट समायोजित करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;plan…</source>
        <translation>प्लान बदलें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Cancel subscription…</source>
        <translation>सदस्यता रद्द करें (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Resume subscription…</source>
        <translation>सदस्यता फिर शुरू करें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit subscription…</source>
        <translation>सदस्यता संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Open billing &amp;portal…</source>
        <translation>बिलिंग पोर्टल खोलें (&amp;P)…</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>संगठन ID</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s id and press Enter.</source>
        <translation>संगठन की ID लिखें और Enter दबाएँ।</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>“%1” से कोई ग्राहक मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>सदस्यताएँ</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Platform charges</source>
        <translation>प्लेटफ़ॉर्म शुल्क</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>जर्नल</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>एक ग्राहक चुनें</translation>
    </message>
    <message>
        <source>Type a name, email or organisation id under Customer to see everything about them: subscriptions, invoices, payments, credits and the changes made for them.</source>
        <translation>ग्राहक के बारे में सब कुछ देखने के लिए ग्राहक में नाम, ईमेल या संगठन ID लिखें: सदस्यताएँ, इनवॉइस, भुगतान, क्रेडिट और उनके लिए किए गए बदलाव।</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>आपका संगठन</translation>
    </message>
    <message>
        <source>No change has been made for this customer from this computer.</source>
        <translation>इस कंप्यूटर से इस ग्राहक के लिए कोई बदलाव नहीं किया गया है।</translation>
    </message>
    <message>
        <source>No subscription in any billing family.</source>
        <translation>किसी भी बिलिंग परिवार में कोई सदस्यता नहीं।</translation>
    </message>
    <message>
        <source>Only a Super Admin can read another organisation&apos;s subscriptions; you are signed in as %1.</source>
        <translation>किसी दूसरे संगठन की सदस्यताएँ केवल Super Admin पढ़ सकते हैं; आप %1 के रूप में साइन इन हैं।</translation>
    </message>
    <message>
        <source>This connection&apos;s billing family lists no subscriptions of other organisations.</source>
        <translation>इस कनेक्शन का बिलिंग परिवार दूसरे संगठनों की सदस्यताएँ सूचीबद्ध नहीं करता।</translation>
    </message>
    <message>
        <source>Credits and tier subscriptions are read by the organisation itself and are not shown here.</source>
        <translation>क्रेडिट और टियर सदस्यताएँ संगठन स्वयं पढ़ता है; वे यहाँ नहीं दिखतीं।</translation>
    </message>
    <message>
        <source>This connection&apos;s billing family has no invoices.</source>
        <translation>इस कनेक्शन के बिलिंग परिवार में इनवॉइस नहीं होते।</translation>
    </message>
    <message>
        <source>No invoice yet.</source>
        <translation>अभी कोई इनवॉइस नहीं।</translation>
    </message>
    <message>
        <source>GSTIN %1</source>
        <translation>GSTIN %1</translation>
    </message>
    <message>
        <source>This connection&apos;s billing family has no payment list.</source>
        <translation>इस कनेक्शन के बिलिंग परिवार में भुगतान सूची नहीं है।</translation>
    </message>
    <message>
        <source>The Payments pane reads them from the payments export.</source>
        <translation>भुगतान पैन उन्हें भुगतान निर्यात से पढ़ता है।</translation>
    </message>
    <message>
        <source>No payment yet.</source>
        <translation>अभी कोई भुगतान नहीं।</translation>
    </message>
    <message>
        <source>This connection has no credits family.</source>
        <translation>इस कनेक्शन में क्रेडिट परिवार नहीं है।</translation>
    </message>
    <message>
        <source>No credit transaction yet.</source>
        <translation>अभी कोई क्रेडिट लेनदेन नहीं।</translation>
    </message>
    <message>
        <source>This connection has no credits family, so no credit orders.</source>
        <translation>इस कनेक्शन में क्रेडिट परिवार नहीं है, इसलिए क्रेडिट ऑर्डर भी नहीं।</translation>
    </message>
    <message>
        <source>Orders are read by the organisation itself; the credits document lists no other organisation&apos;s orders.</source>
        <translation>ऑर्डर संगठन स्वयं पढ़ता है; क्रेडिट दस्तावेज़ दूसरे संगठनों के ऑर्डर सूचीबद्ध नहीं करता।</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>अभी कोई ऑर्डर नहीं।</translation>
    </message>
    <message>
        <source>This connection has no platform charges.</source>
        <translation>इस कनेक्शन में प्लेटफ़ॉर्म शुल्क नहीं हैं।</translation>
    </message>
    <message>
        <source>Platform charges belong to the company&apos;s own connection.</source>
        <translation>प्लेटफ़ॉर्म शुल्क कंपनी के अपने कनेक्शन के होते हैं।</translation>
    </message>
    <message>
        <source>The Platform charges pane shows the ones this console created.</source>
        <translation>प्लेटफ़ॉर्म शुल्क पैन वे शुल्क दिखाता है जो इस कंसोल ने बनाए।</translation>
    </message>
    <message>
        <source>No platform charge yet.</source>
        <translation>अभी कोई प्लेटफ़ॉर्म शुल्क नहीं।</translation>
    </message>
    <message>
        <source>%1 · %2 until %3</source>
        <translation>%1 · %3 तक %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 due on %n invoice(s)</source>
        <translation>
            <numerusform>%n इनवॉइस पर %1 देय</numerusform>
            <numerusform>%n इनवॉइस पर %1 देय</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>कुछ भी देय नहीं</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>पहले एक ग्राहक चुनें।</translation>
    </message>
    <message>
        <source>Add or take credits with a reason</source>
        <translation>कारण के साथ क्रेडिट जोड़ें या घटाएँ</translation>
    </message>
    <message>
        <source>This customer has no subscription billed by invoice.</source>
        <translation>इस ग्राहक की इनवॉइस से बिल होने वाली कोई सदस्यता नहीं है।</translation>
    </message>
    <message>
        <source>Only an active subscription can change plan.</source>
        <translation>केवल सक्रिय सदस्यता का प्लान बदला जा सकता है।</translation>
    </message>
    <message>
        <source>Compare the plans and the proration before changing</source>
        <translation>बदलने से पहले प्लान और आनुपातिक गणना की तुलना करें</translation>
    </message>
    <message>
        <source>This subscription is not active.</source>
        <translation>यह सदस्यता सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>Already set to cancel at the end of the period.</source>
        <translation>पहले से ही अवधि के अंत में रद्द होने के लिए तय है।</translation>
    </message>
    <message>
        <source>Cancel now or at the end of the period, with a reason</source>
        <translation>कारण के साथ अभी या अवधि के अंत में रद्द करें</translation>
    </message>
    <message>
        <source>Withdraw the scheduled cancellation</source>
        <translation>तय रद्दीकरण वापस लें</translation>
    </message>
    <message>
        <source>Change the status, plan or period, with a reason</source>
        <translation>कारण के साथ स्थिति, प्लान या अवधि बदलें</translation>
    </message>
    <message>
        <source>No credits or tier subscription to manage.</source>
        <translation>प्रबंधित करने के लिए कोई क्रेडिट या टियर सदस्यता नहीं।</translation>
    </message>
    <message>
        <source>Payment methods, receipts and cancellation in the provider&apos;s portal</source>
        <translation>प्रदाता के पोर्टल में भुगतान के तरीके, रसीदें और रद्दीकरण</translation>
    </message>
    <message>
        <source>%1 credits for %2; balance now %3.</source>
        <translation>%2 के लिए %1 क्रेडिट; अब शेष %3।</translation>
    </message>
    <message>
        <source>%1 credits for %2.</source>
        <translation>%2 के लिए %1 क्रेडिट।</translation>
    </message>
</context>
<context>
    <name>bc::CustomerPicker</name>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Find a customer by name, email or id</source>
        <translation>नाम, ईमेल या आईडी से ग्राहक खोजें</translation>
    </message>
</context>
<context>
    <name>bc::DashboardPane</name>
    <message>
        <source>Subscriptions by plan and status</source>
        <translation>प्लान और स्थिति के अनुसार सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Credits granted and used by month</source>
        <translation>महीने के अनुसार दिए और उपयोग किए गए क्रेडिट</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past due&lt;/b&gt; — payment failed, service at risk</source>
        <translation>&lt;b&gt;बकाया&lt;/b&gt; — भुगतान विफल, सेवा जोखिम में</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelling at period end&lt;/b&gt; — still time to talk</source>
        <translation>&lt;b&gt;अवधि के अंत में रद्द हो रहे&lt;/b&gt; — बात करने का अभी समय है</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>दिए गए</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>उपयोग किए गए</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Past due subscriptions</source>
        <translation>बकाया सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Subscriptions cancelling at period end</source>
        <translation>अवधि के अंत में रद्द होने वाले सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing past due: every subscription&apos;s last payment went through.</source>
        <translation>कुछ भी बकाया नहीं: हर सदस्यता का पिछला भुगतान हो गया।</translation>
    </message>
    <message>
        <source>No subscription is set to cancel at the end of its period.</source>
        <translation>कोई भी सदस्यता अपनी अवधि के अंत में रद्द होने के लिए तय नहीं है।</translation>
    </message>
    <message>
        <source>Credits granted and used by month, %1</source>
        <translation>महीनेवार दिए और उपयोग किए गए क्रेडिट, %1</translation>
    </message>
    <message>
        <source>Revenue in %1 by month, %2 (captured payments)</source>
        <translation>%1 में महीनेवार राजस्व, %2 (प्राप्त भुगतान)</translation>
    </message>
    <message>
        <source>No captured payments yet.</source>
        <translation>अभी कोई प्राप्त भुगतान नहीं।</translation>
    </message>
    <message>
        <source>too large to add</source>
        <translation>जोड़ने के लिए बहुत बड़ा</translation>
    </message>
    <message>
        <source>Recurring revenue in %1</source>
        <translation>%1 में आवर्ती राजस्व</translation>
    </message>
    <message numerus="yes">
        <source>MRR in %1 (ARR %2) · %n paying</source>
        <translation>
            <numerusform>%1 में MRR (ARR %2) · %n भुगतान कर रहा</numerusform>
            <numerusform>%1 में MRR (ARR %2) · %n भुगतान कर रहे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past due in %1 · %n subscription(s)</source>
        <translation>
            <numerusform>%1 में बकाया · %n सदस्यता</numerusform>
            <numerusform>%1 में बकाया · %n सदस्यताएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new · %2 churned</source>
        <translation>%1 नई · %2 छोड़ी गईं</translation>
    </message>
    <message>
        <source>subscriptions this month</source>
        <translation>इस महीने की सदस्यताएँ</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message numerus="yes">
        <source>outstanding on %n invoice(s)</source>
        <translation>
            <numerusform>%n इनवॉइस पर बकाया</numerusform>
            <numerusform>%n इनवॉइस पर बकाया</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 so far</source>
        <translation>%1, %2 अब तक</translation>
    </message>
</context>
<context>
    <name>bc::DatePresetBox</name>
    <message>
        <source>Date range</source>
        <translation>तारीख सीमा</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>कस्टम</translation>
    </message>
</context>
<context>
    <name>bc::EmbeddedSandbox</name>
    <message>
        <source>The demo sandbox printed something unexpected: %1</source>
        <translation>डेमो सैंडबॉक्स ने कुछ अप्रत्याशित छापा: %1</translation>
    </message>
    <message>
        <source>Could not start the demo sandbox (%1): %2</source>
        <translation>डेमो सैंडबॉक्स शुरू नहीं हो सका (%1): %2</translation>
    </message>
    <message>
        <source>The demo sandbox stopped (exit %1): %2</source>
        <translation>डेमो सैंडबॉक्स रुक गया (निकास %1): %2</translation>
    </message>
    <message>
        <source>Demo · Super Admin (all organisations)</source>
        <translation>डेमो · सुपर एडमिन (सभी संगठन)</translation>
    </message>
    <message>
        <source>Demo · %1 (Acme Retail)</source>
        <translation>डेमो · %1 (Acme Retail)</translation>
    </message>
    <message>
        <source>Demo · Support (every customer)</source>
        <translation>डेमो · सहायता (हर ग्राहक)</translation>
    </message>
</context>
<context>
    <name>bc::InvoicesPane</name>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>आरंभ तारीख</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>अंतिम तारीख</translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation>इनवॉइस स्थिति</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Issued (unpaid)</source>
        <translation>जारी (अवैतनिक)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF खोलें</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>इनवॉइस सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Save %n invoices to</source>
        <translation>
            <numerusform>%n इनवॉइस यहाँ सहेजें</numerusform>
            <numerusform>%n इनवॉइस यहाँ सहेजें</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Invoice logo…</source>
        <translation>इनवॉइस लोगो…</translation>
    </message>
    <message>
        <source>Logo for invoices rendered here</source>
        <translation>यहाँ बने इनवॉइस के लिए लोगो</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>छवियाँ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The seller&apos;s logo printed on invoices rendered, previewed and printed here (kept per profile)</source>
        <translation>यहाँ बनाए, देखे और प्रिंट किए गए इनवॉइस पर छपने वाला विक्रेता का लोगो (प्रति प्रोफ़ाइल रखा जाता है)</translation>
    </message>
    <message>
        <source>Open the server&apos;s PDF of the selected invoice</source>
        <translation>चुने गए इनवॉइस का सर्वर वाला PDF खोलें</translation>
    </message>
    <message>
        <source>Show the selected invoice as it will print (Ctrl+Shift+P)</source>
        <translation>चुना गया इनवॉइस वैसा दिखाएँ जैसा प्रिंट होगा (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Render the selected invoices here and save them as PDF (Ctrl+S)</source>
        <translation>चुने गए इनवॉइस यहीं बनाएँ और PDF के रूप में सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print the selected invoices (Ctrl+P)</source>
        <translation>चुने गए इनवॉइस प्रिंट करें (Ctrl+P)</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>इनवॉइस लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>इनवॉइस: %1</translation>
    </message>
    <message>
        <source> · outstanding %1</source>
        <translation> · बकाया %1</translation>
    </message>
    <message>
        <source>Invoices rendered here no longer carry a logo.</source>
        <translation>यहाँ बने इनवॉइस पर अब लोगो नहीं होगा।</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image this console can read.</source>
        <translation>%1 ऐसी PNG या JPEG छवि नहीं है जिसे यह कंसोल पढ़ सके।</translation>
    </message>
    <message>
        <source>Invoices rendered here now carry the logo %1.</source>
        <translation>यहाँ बने इनवॉइस पर अब लोगो %1 होगा।</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>पूर्वावलोकन तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>इनवॉइस %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>अस्थायी फ़ाइल नहीं बन सकी: %1</translation>
    </message>
    <message>
        <source>Rendering invoices…</source>
        <translation>इनवॉइस बन रहे हैं…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n invoice(s).</source>
        <translation>
            <numerusform>%n इनवॉइस के बाद रुका।</numerusform>
            <numerusform>%n इनवॉइस के बाद रुका।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s).</source>
        <translation>
            <numerusform>%n इनवॉइस सहेजा गया।</numerusform>
            <numerusform>%n इनवॉइस सहेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Open PDF shows the server&apos;s own.</source>
        <translation>“PDF खोलें” सर्वर का अपना दिखाता है।</translation>
    </message>
    <message>
        <source>This server has no list of invoices: these are the invoices its payments export names, with what was paid. Open PDF shows the server&apos;s own invoice.</source>
        <translation>इस सर्वर में चालान सूची नहीं है: ये वे चालान हैं जिनका नाम इसके भुगतान निर्यात में है, चुकाई गई राशि के साथ। “PDF खोलें” सर्वर का अपना चालान दिखाता है।</translation>
    </message>
    <message>
        <source>This server has no list of invoices, and its payments export names none: there is nothing to list here.</source>
        <translation>इस सर्वर में चालान सूची नहीं है, और इसके भुगतान निर्यात में कोई चालान नहीं: यहाँ दिखाने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>This server has no list of invoices; they could be found in its payments export, which you may not download: %1</source>
        <translation>इस सर्वर में चालान सूची नहीं है; चालान इसके भुगतान निर्यात में मिल सकते थे, जिसे आप डाउनलोड नहीं कर सकते: %1</translation>
    </message>
    <message>
        <source>This server has no list of invoices: its payments export names only invoices that were paid.</source>
        <translation>इस सर्वर में चालान सूची नहीं है: इसके भुगतान निर्यात में केवल चुकाए गए चालान हैं।</translation>
    </message>
    <message>
        <source>Save the server&apos;s PDFs of the selected invoices (Ctrl+S)</source>
        <translation>चुने गए चालानों के सर्वर PDF सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>This server gives invoices only as their own PDF files, which cannot be merged into one here; save them to a folder instead.</source>
        <translation>यह सर्वर चालान केवल अपनी PDF फ़ाइलों के रूप में देता है, जिन्हें यहाँ एक में नहीं जोड़ा जा सकता; इन्हें किसी फ़ोल्डर में सहेजें।</translation>
    </message>
    <message>
        <source>Downloading invoices…</source>
        <translation>चालान डाउनलोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सकता: %2</translation>
    </message>
    <message>
        <source>Save each as PDF…</source>
        <translation>हर एक को PDF के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Save as one PDF…</source>
        <translation>एक PDF के रूप में सहेजें…</translation>
    </message>
    <message numerus="yes">
        <source>Save %n invoice(s) as one PDF</source>
        <translation>
            <numerusform>%n इनवॉइस को एक PDF में सहेजें</numerusform>
            <numerusform>%n इनवॉइस को एक PDF में सहेजें</numerusform>
        </translation>
    </message>
    <message>
        <source>Email to customer…</source>
        <translation>ग्राहक को ईमेल करें…</translation>
    </message>
    <message>
        <source>Its PDFs come one file per invoice: use Save each as PDF.</source>
        <translation>इसके PDF हर इनवॉइस की अलग फ़ाइल में आते हैं: “हर एक को PDF के रूप में सहेजें” का उपयोग करें।</translation>
    </message>
    <message>
        <source>The selected invoices, or every invoice shown when none is selected, in one PDF (Ctrl+Shift+S)</source>
        <translation>चुने गए इनवॉइस, या कुछ न चुना हो तो दिखाए गए सभी इनवॉइस, एक PDF में (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Select the invoices to send.</source>
        <translation>भेजने के लिए इनवॉइस चुनें।</translation>
    </message>
    <message>
        <source>Open your mail program with the PDF attached and the customer&apos;s address filled in</source>
        <translation>PDF संलग्न और ग्राहक का पता भरे हुए अपना मेल प्रोग्राम खोलें</translation>
    </message>
    <message numerus="yes">
        <source> · %n selected, %1</source>
        <translation>
            <numerusform> · %n चुना गया, %1</numerusform>
            <numerusform> · %n चुने गए, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected invoices are for different customers; send each customer theirs.</source>
        <translation>चुने गए इनवॉइस अलग-अलग ग्राहकों के हैं; हर ग्राहक को उसके इनवॉइस भेजें।</translation>
    </message>
    <message>
        <source>No mail program can be started from here: xdg-email (Debian package xdg-utils) is not installed. Save the invoice as PDF and attach it in your mail program.</source>
        <translation>यहाँ से कोई मेल प्रोग्राम शुरू नहीं हो सकता: xdg-email (Debian पैकेज xdg-utils) इंस्टॉल नहीं है। इनवॉइस को PDF के रूप में सहेजें और अपने मेल प्रोग्राम में संलग्न करें।</translation>
    </message>
    <message>
        <source>Cannot create a folder for the PDFs in %1.</source>
        <translation>%1 में PDF के लिए फ़ोल्डर नहीं बन सकता।</translation>
    </message>
    <message>
        <source>Invoices %1</source>
        <translation>इनवॉइस %1</translation>
    </message>
    <message numerus="yes">
        <source>Dear %1,

please find attached %n invoice(s): %2.
</source>
        <translation>
            <numerusform>प्रिय %1,

कृपया संलग्न %n इनवॉइस देखें: %2।
</numerusform>
            <numerusform>प्रिय %1,

कृपया संलग्न %n इनवॉइस देखें: %2।
</numerusform>
        </translation>
    </message>
    <message>
        <source>customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>The mail program could not be started (%1): %2</source>
        <translation>मेल प्रोग्राम शुरू नहीं हो सका (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a new message with %n invoice(s) attached; the invoice has no email address, so fill in the recipient.</source>
        <translation>
            <numerusform>आपके मेल प्रोग्राम में %n इनवॉइस संलग्न नया संदेश है; इनवॉइस में ईमेल पता नहीं है, इसलिए प्राप्तकर्ता भरें।</numerusform>
            <numerusform>आपके मेल प्रोग्राम में %n इनवॉइस संलग्न नया संदेश है; इनवॉइस में ईमेल पता नहीं है, इसलिए प्राप्तकर्ता भरें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a new message to %1 with %n invoice(s) attached.</source>
        <translation>
            <numerusform>आपके मेल प्रोग्राम में %1 के लिए %n इनवॉइस संलग्न नया संदेश है।</numerusform>
            <numerusform>आपके मेल प्रोग्राम में %1 के लिए %n इनवॉइस संलग्न नया संदेश है।</numerusform>
        </translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the message could not be opened. Save the invoice as PDF and attach it in your mail program.</source>
        <translation>इस कंप्यूटर पर कोई मेल प्रोग्राम सेट नहीं है, इसलिए संदेश नहीं खुल सका। इनवॉइस को PDF के रूप में सहेजें और अपने मेल प्रोग्राम में संलग्न करें।</translation>
    </message>
    <message>
        <source>The mail program did not open the message: %1</source>
        <translation>मेल प्रोग्राम ने संदेश नहीं खोला: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>निकास कोड %1</translation>
    </message>
    <message>
        <source>No program to show PDFs is installed here (for example Evince or Okular, or a web browser). Use Save each as PDF to keep the invoice.</source>
        <translation>यहाँ PDF दिखाने वाला कोई प्रोग्राम इंस्टॉल नहीं है (जैसे Evince, Okular या कोई वेब ब्राउज़र)। इनवॉइस रखने के लिए “हर एक को PDF के रूप में सहेजें” का उपयोग करें।</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s) in one PDF: %1</source>
        <translation>
            <numerusform>%n इनवॉइस एक PDF में सहेजा गया: %1</numerusform>
            <numerusform>%n इनवॉइस एक PDF में सहेजे गए: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n इनवॉइस %1 में सहेजा गया।</numerusform>
            <numerusform>%n इनवॉइस %1 में सहेजे गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n इनवॉइस</numerusform>
            <numerusform>%n इनवॉइस</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the invoices for %1…</source>
        <translation>%1 के लिए इनवॉइस तैयार हो रहे हैं…</translation>
    </message>
    <message>
        <source>Printing stopped before anything was sent to %1.</source>
        <translation>%1 को कुछ भेजे जाने से पहले प्रिंटिंग रोक दी गई।</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n invoice(s) to %1 as job %2.</source>
        <translation>
            <numerusform>%n इनवॉइस जॉब %2 के रूप में %1 को भेजा गया।</numerusform>
            <numerusform>%n इनवॉइस जॉब %2 के रूप में %1 को भेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer %1 refused the job: %2</source>
        <translation>प्रिंटर %1 ने जॉब अस्वीकार कर दिया: %2</translation>
    </message>
</context>
<context>
    <name>bc::JournalPane</name>
    <message>
        <source>#</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>कौन</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>अनुरोध आईडी</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>आइडेम्पोटेंसी कुंजी</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Operator journal</source>
        <translation>ऑपरेटर जर्नल</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>सत्यापित करें (&amp;V)</translation>
    </message>
    <message>
        <source>Check that no entry was edited or removed since it was written</source>
        <translation>जाँचें कि लिखे जाने के बाद कोई प्रविष्टि बदली या हटाई नहीं गई</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Save the journal as CSV (spreadsheets) or JSON (with the hashes, verifiable)</source>
        <translation>जर्नल को CSV (स्प्रेडशीट) या JSON (हैश सहित, सत्यापन योग्य) के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>फिर से लोड करें (&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>जर्नल अक्षुण्ण है: %n प्रविष्टि, पिछली से जुड़ी।</numerusform>
            <numerusform>जर्नल अक्षुण्ण है: %n प्रविष्टियाँ, हर एक पिछली से जुड़ी।</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal does not verify: %1.</source>
        <translation>जर्नल सत्यापित नहीं हुआ: %1।</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>जर्नल निर्यात करें</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with hashes (*.json)</source>
        <translation>CSV (*.csv);;हैश सहित JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n प्रविष्टि %1 में निर्यात की गई।</numerusform>
            <numerusform>%n प्रविष्टियाँ %1 में निर्यात की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>Already applied (same idempotency key)</source>
        <translation>पहले से लागू (वही आइडेम्पोटेंसी कुंजी)</translation>
    </message>
    <message>
        <source>Applied from Pending changes</source>
        <translation>लंबित बदलावों से लागू</translation>
    </message>
    <message>
        <source>Queued: server unreachable</source>
        <translation>कतार में: सर्वर पहुँच से बाहर</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Refused when sent from Pending changes</source>
        <translation>लंबित बदलावों से भेजने पर अस्वीकृत</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>सहेजा गया</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>प्रिंट किया गया</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>निर्यात किया गया</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>उपयोगकर्ता ने रोका</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>जर्नल</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP स्थिति</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Body sent</source>
        <translation>भेजी गई सामग्री</translation>
    </message>
    <message>
        <source>Choose an entry to see what was done, for whom and why.</source>
        <translation>यह देखने के लिए कोई प्रविष्टि चुनें कि क्या, किसके लिए और क्यों किया गया।</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>कब: %1</translation>
    </message>
    <message>
        <source>Who: %1 (%2)</source>
        <translation>किसने: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>ग्राहक: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>परिणाम: %1</translation>
    </message>
    <message>
        <source>Request: %1
HTTP status: %2
Request id: %3
Idempotency key: %4
Profile: %5

Body sent:
%6

Answer:
%7

Hash: %8</source>
        <translation>अनुरोध: %1
HTTP स्थिति: %2
अनुरोध आईडी: %3
आइडेम्पोटेंसी कुंजी: %4
प्रोफ़ाइल: %5

भेजी गई सामग्री:
%6

उत्तर:
%7

हैश: %8</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>नहीं पहुँचा</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n प्रविष्टि</numerusform>
            <numerusform>%n प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 of %2; older entries load as you scroll. The journal covers every profile used on this computer.</source>
        <translation>%2 में से नवीनतम %1; पुरानी प्रविष्टियाँ स्क्रॉल करने पर लोड होती हैं। जर्नल में इस कंप्यूटर पर उपयोग की गई सभी प्रोफ़ाइलें शामिल हैं।</translation>
    </message>
    <message>
        <source>%1; newest first. The journal covers every profile used on this computer.</source>
        <translation>%1; नवीनतम पहले। जर्नल में इस कंप्यूटर पर उपयोग की गई सभी प्रोफ़ाइलें शामिल हैं।</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>जर्नल की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Verification stopped; nothing was found wrong so far.</source>
        <translation>जाँच रोकी गई; अब तक कोई गड़बड़ी नहीं मिली।</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every change made from this console (a credit adjustment, a plan change, a cancellation) is recorded here with who made it and why.</source>
        <translation>अभी कुछ दर्ज नहीं है। इस कंसोल से किया गया हर बदलाव (क्रेडिट समायोजन, प्लान बदलाव, रद्दीकरण) यहाँ दर्ज होता है, किसने और क्यों किया के साथ।</translation>
    </message>
</context>
<context>
    <name>bc::JournalWords</name>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>योजना: %1</translation>
    </message>
    <message>
        <source>Billing cycle: %1</source>
        <translation>बिलिंग चक्र: %1</translation>
    </message>
    <message>
        <source>Period ends: %1</source>
        <translation>अवधि समाप्त: %1</translation>
    </message>
    <message>
        <source>Cancel at period end: %1</source>
        <translation>अवधि के अंत में रद्द: %1</translation>
    </message>
    <message>
        <source>Credit adjustment for %1: %2 credits</source>
        <translation>%1 के लिए क्रेडिट समायोजन: %2 क्रेडिट</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>टिप्पणी: %1</translation>
    </message>
    <message>
        <source>Subscription edited</source>
        <translation>सदस्यता संपादित</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>योजना बदली गई</translation>
    </message>
    <message>
        <source>Cancellation at the end of the period</source>
        <translation>अवधि के अंत में रद्दीकरण</translation>
    </message>
    <message>
        <source>Subscription cancelled now</source>
        <translation>सदस्यता अभी रद्द की गई</translation>
    </message>
    <message>
        <source>Cancellation withdrawn</source>
        <translation>रद्दीकरण वापस लिया गया</translation>
    </message>
    <message>
        <source>Checkout started</source>
        <translation>चेकआउट शुरू हुआ</translation>
    </message>
    <message>
        <source>Coupon: %1</source>
        <translation>कूपन: %1</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>भुगतान की पुष्टि हुई</translation>
    </message>
    <message>
        <source>Credits purchase started</source>
        <translation>क्रेडिट खरीद शुरू हुई</translation>
    </message>
    <message>
        <source>Subscription checkout started</source>
        <translation>सदस्यता चेकआउट शुरू हुआ</translation>
    </message>
    <message>
        <source>Paid through: %1</source>
        <translation>भुगतान माध्यम: %1</translation>
    </message>
    <message>
        <source>Billing portal opened</source>
        <translation>बिलिंग पोर्टल खोला गया</translation>
    </message>
    <message>
        <source>Tier upgrade started</source>
        <translation>टियर अपग्रेड शुरू हुआ</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>टियर: %1</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>दैनिक चेक-इन</translation>
    </message>
    <message>
        <source>Check-in settings changed</source>
        <translation>चेक-इन सेटिंग्स बदली गईं</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>सक्षम: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>क्रेडिट: %1</translation>
    </message>
    <message>
        <source>Credit plan created: %1</source>
        <translation>क्रेडिट योजना बनाई गई: %1</translation>
    </message>
    <message>
        <source>Credit plan edited: %1</source>
        <translation>क्रेडिट योजना संपादित: %1</translation>
    </message>
    <message>
        <source>Coupon created: %1</source>
        <translation>कूपन बनाया गया: %1</translation>
    </message>
    <message>
        <source>One-time charge created: %1</source>
        <translation>एकमुश्त शुल्क बनाया गया: %1</translation>
    </message>
    <message>
        <source>Platform subscription created: %1</source>
        <translation>प्लेटफ़ॉर्म सदस्यता बनाई गई: %1</translation>
    </message>
    <message>
        <source>Platform subscription cancelled</source>
        <translation>प्लेटफ़ॉर्म सदस्यता रद्द</translation>
    </message>
    <message>
        <source>Sandbox clock advanced</source>
        <translation>सैंडबॉक्स घड़ी आगे बढ़ाई गई</translation>
    </message>
    <message>
        <source>Payments exported as CSV</source>
        <translation>भुगतान CSV के रूप में निर्यात किए गए</translation>
    </message>
    <message>
        <source>Invoices saved as PDF</source>
        <translation>चालान PDF के रूप में सहेजे गए</translation>
    </message>
    <message>
        <source>Invoices printed</source>
        <translation>चालान मुद्रित</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>संगठन %1</translation>
    </message>
    <message>
        <source>Pending change discarded: %1</source>
        <translation>लंबित बदलाव छोड़ा गया: %1</translation>
    </message>
</context>
<context>
    <name>bc::MainWindow</name>
    <message>
        <source>Billing Console</source>
        <translation>बिलिंग कंसोल</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>&amp;Profile: </source>
        <translation>प्रोफ़ाइल (&amp;P): </translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>कनेक्शन प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Switch the server or role you work as (Ctrl+Shift+S)</source>
        <translation>वह सर्वर या भूमिका बदलें जिससे आप काम करते हैं (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>पैन</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>लंबित बदलाव</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>प्रोफ़ाइल बदलें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>यहाँ जाएँ (&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Detach pane</source>
        <translation>पैन अलग करें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Subscription</source>
        <translation>सब्सक्रिप्शन (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Billing Console</source>
        <translation>बिलिंग कंसोल के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About Billing Console</source>
        <translation>बिलिंग कंसोल के बारे में</translation>
    </message>
    <message>
        <source>Billing Console %1
A desktop console for subscription billing.</source>
        <translation>बिलिंग कंसोल %1
सब्सक्रिप्शन बिलिंग के लिए एक डेस्कटॉप कंसोल।</translation>
    </message>
    <message>
        <source>⚠ Offline: showing saved data; changes wait in Pending changes</source>
        <translation>⚠ ऑफ़लाइन: सहेजा गया डेटा दिख रहा है; बदलाव लंबित बदलावों में प्रतीक्षा कर रहे हैं</translation>
    </message>
    <message>
        <source>The billing server is back; panes refreshed.</source>
        <translation>बिलिंग सर्वर वापस आ गया; पैन ताज़ा किए गए।</translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation>लंबित बदलाव (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>जुड़ा नहीं है</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>पैन</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>%1 — Billing Console</source>
        <translation>%1 — बिलिंग कंसोल</translation>
    </message>
    <message>
        <source>“%1” is open in its own window.</source>
        <translation>“%1” अपनी अलग विंडो में खुला है।</translation>
    </message>
    <message>
        <source>Demo sandbox · %1</source>
        <translation>डेमो सैंडबॉक्स · %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जुड़ रहा है…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>वरीयताएँ (&amp;P)…</translation>
    </message>
    <message>
        <source>The console uses %1 from its next start.</source>
        <translation>कंसोल अगली बार शुरू होने से %1 का उपयोग करेगा।</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>कनेक्शन…</translation>
    </message>
    <message>
        <source>Add, edit, test or remove the billing servers you connect to</source>
        <translation>जिन बिलिंग सर्वरों से आप जुड़ते हैं उन्हें जोड़ें, बदलें, जाँचें या हटाएँ</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>%1 के लिए API कुंजी</translation>
    </message>
    <message>
        <source>The keychain has no API key for “%1” (%2). Enter it to connect; it goes into the keychain.</source>
        <translation>कीचेन में “%1” (%2) के लिए कोई API कुंजी नहीं है। जुड़ने के लिए इसे लिखें; यह कीचेन में जाएगी।</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>कनेक्शन (&amp;C)…</translation>
    </message>
    <message>
        <source>No API key for %1: choose File › Connections… to enter one.</source>
        <translation>%1 के लिए कोई API कुंजी नहीं: कुंजी लिखने के लिए फ़ाइल › कनेक्शन… चुनें।</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 क्रेडिट</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>कनेक्शन संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>The server refused the API key of “%1”: %2 Enter a valid key in the connection.</source>
        <translation>सर्वर ने “%1” की API कुंजी अस्वीकार कर दी: %2 कनेक्शन में एक मान्य कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <source>The server refused the API key of “%1”: %2</source>
        <translation>सर्वर ने “%1” की API कुंजी अस्वीकार कर दी: %2</translation>
    </message>
</context>
<context>
    <name>bc::ManualAdjustmentDialog</name>
    <message>
        <source>Adjust credits — %1</source>
        <translation>क्रेडिट समायोजन — %1</translation>
    </message>
    <message>
        <source>Current balance: %1 credits</source>
        <translation>वर्तमान शेष: %1 क्रेडिट</translation>
    </message>
    <message>
        <source>Credits to add or take</source>
        <translation>जोड़ने या घटाने के क्रेडिट</translation>
    </message>
    <message>
        <source>e.g. 500 to add, -200 to take</source>
        <translation>उदा. जोड़ने के लिए 500, घटाने के लिए -200</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>कारण कोड</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>कारण चुनें…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>What happened, ticket number — kept with the transaction</source>
        <translation>क्या हुआ, टिकट संख्या — लेन-देन के साथ रखा जाता है</translation>
    </message>
    <message>
        <source>Allow the balance to go below zero</source>
        <translation>शेष को शून्य से नीचे जाने दें</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>क्रेडिट (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>टिप्पणी (&amp;N):</translation>
    </message>
    <message>
        <source>Apply adjustment</source>
        <translation>समायोजन लागू करें</translation>
    </message>
    <message>
        <source>Enter a whole number of credits, positive to add, negative to take.</source>
        <translation>क्रेडिट की पूर्ण संख्या दर्ज करें: जोड़ने के लिए धनात्मक, घटाने के लिए ऋणात्मक।</translation>
    </message>
    <message>
        <source>Enter the credits to add or take.</source>
        <translation>जोड़ने या घटाने के क्रेडिट दर्ज करें।</translation>
    </message>
    <message>
        <source>Balance after: %1 → %2 credits</source>
        <translation>बाद में शेष: %1 → %2 क्रेडिट</translation>
    </message>
    <message>
        <source>This takes the balance below zero; tick the box to allow it.</source>
        <translation>इससे शेष शून्य से नीचे जाएगा; अनुमति देने के लिए बॉक्स चुनें।</translation>
    </message>
    <message>
        <source>Choose a reason code.</source>
        <translation>कारण कोड चुनें।</translation>
    </message>
    <message>
        <source>Write a note; it is kept with the transaction.</source>
        <translation>टिप्पणी लिखें; यह लेन-देन के साथ रखी जाती है।</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>लागू किया जा रहा है…</translation>
    </message>
    <message>
        <source>This server does not say %1&apos;s balance; it refuses an adjustment that would take it below zero unless you allow it.</source>
        <translation>यह सर्वर %1 की शेष राशि नहीं बताता; शून्य से नीचे ले जाने वाला बदलाव वह तभी मानता है जब आप अनुमति दें।</translation>
    </message>
    <message>
        <source>Adds %1 credits.</source>
        <translation>%1 क्रेडिट जोड़ता है।</translation>
    </message>
    <message>
        <source>Takes %1 credits.</source>
        <translation>%1 क्रेडिट घटाता है।</translation>
    </message>
</context>
<context>
    <name>bc::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>संदेश हटाएँ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Offline: the billing server cannot be reached. This is what it sent at %1; it refreshes by itself when the server is back.</source>
        <translation>ऑफ़लाइन: बिलिंग सर्वर तक नहीं पहुँचा जा सकता। यह वह है जो उसने %1 पर भेजा था; सर्वर लौटने पर यह अपने आप ताज़ा हो जाएगा।</translation>
    </message>
</context>
<context>
    <name>bc::NewSubscriptionDialog</name>
    <message>
        <source>New subscription</source>
        <translation>नया सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>भुगतान पर जाएँ</translation>
    </message>
    <message>
        <source>%1 — %2 a month</source>
        <translation>%1 — %2 प्रति माह</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>प्लान (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>बिलिंग चक्र (&amp;B):</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>कूपन (&amp;O):</translation>
    </message>
    <message>
        <source>Opening the checkout…</source>
        <translation>चेकआउट खुल रहा है…</translation>
    </message>
</context>
<context>
    <name>bc::OneTimeChargeDialog</name>
    <message>
        <source>New one-time charge</source>
        <translation>नया एकमुश्त शुल्क</translation>
    </message>
    <message>
        <source>Create charge</source>
        <translation>शुल्क बनाएँ</translation>
    </message>
    <message>
        <source>e.g. 2500.00</source>
        <translation>उदा. 2500.00</translation>
    </message>
    <message>
        <source>Test charge</source>
        <translation>परीक्षण शुल्क</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>अवधि (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>राशि (&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>मुद्रा (&amp;U):</translation>
    </message>
</context>
<context>
    <name>bc::OrdersPane</name>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>क्रेडिट</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Order %1: %2 credits for %3 through %4, %5%6.</source>
        <translation>ऑर्डर %1: %3 में %2 क्रेडिट, %4 के माध्यम से, %5%6।</translation>
    </message>
    <message>
        <source>, paid %1</source>
        <translation>, भुगतान %1</translation>
    </message>
    <message>
        <source>Buy credits…</source>
        <translation>क्रेडिट खरीदें…</translation>
    </message>
    <message>
        <source>Billing portal</source>
        <translation>बिलिंग पोर्टल</translation>
    </message>
    <message>
        <source>No orders yet: purchases of credits and plans appear here.</source>
        <translation>अभी कोई ऑर्डर नहीं: क्रेडिट और प्लान की खरीद यहाँ दिखेगी।</translation>
    </message>
    <message>
        <source>Credit orders</source>
        <translation>क्रेडिट ऑर्डर</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
</context>
<context>
    <name>bc::PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>Provider payment</source>
        <translation>प्रदाता भुगतान</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
</context>
<context>
    <name>bc::PaymentsPane</name>
    <message>
        <source>From date</source>
        <translation>आरंभ तारीख</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>अंतिम तारीख</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>भुगतान स्थिति</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>भुगतान निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Save the payments of this date range as CSV</source>
        <translation>इस तारीख सीमा के भुगतान CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>आरंभ तारीख %1 अंतिम तारीख %2 के बाद है।</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>भुगतान लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>भुगतान: %1</translation>
    </message>
    <message>
        <source> · captured %1</source>
        <translation> · प्राप्त %1</translation>
    </message>
    <message>
        <source> · failed: %1</source>
        <translation> · विफल: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>Exporting payments…</source>
        <translation>भुगतान निर्यात हो रहे हैं…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 सहेजा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Exported payments to %1 (%2).</source>
        <translation>भुगतान %1 में निर्यात किए गए (%2)।</translation>
    </message>
    <message>
        <source>Exporting payments… %1</source>
        <translation>भुगतान निर्यात हो रहे हैं… %1</translation>
    </message>
    <message>
        <source>This server has no list of payments: these come from its CSV export, with every column it has.</source>
        <translation>इस सर्वर में भुगतान सूची नहीं है: ये इसके CSV निर्यात से हैं, उसके सभी कॉलमों के साथ।</translation>
    </message>
    <message>
        <source>This server lists payments only in its CSV export, which you may not download: %1</source>
        <translation>यह सर्वर भुगतान केवल अपने CSV निर्यात में देता है, जिसे आप डाउनलोड नहीं कर सकते: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3).</source>
        <translation>%1 को %2 में निर्यात किया गया (%3)।</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n भुगतान</numerusform>
            <numerusform>%n भुगतान</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>No file manager could be opened here; the file is in %1.</source>
        <translation>यहाँ कोई फ़ाइल मैनेजर नहीं खुल सका; फ़ाइल %1 में है।</translation>
    </message>
    <message>
        <source>Payments: %1 of %2</source>
        <translation>भुगतान: %2 में से %1</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>&amp;मिलान करें…</translation>
    </message>
    <message>
        <source>Match the payment provider&apos;s settlement report with these payments</source>
        <translation>भुगतान प्रदाता की सेटलमेंट रिपोर्ट को इन भुगतानों से मिलाएँ</translation>
    </message>
</context>
<context>
    <name>bc::PendingChangesPane</name>
    <message>
        <source>Waiting for the server</source>
        <translation>सर्वर की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Refused: needs review</source>
        <translation>अस्वीकृत: समीक्षा आवश्यक</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>State</source>
        <translation>अवस्था</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>अंतिम उत्तर</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>आइडेम्पोटेंसी कुंजी</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>लंबित बदलाव</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>अभी भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Send the waiting changes to the server now, oldest first</source>
        <translation>प्रतीक्षारत बदलाव अभी सर्वर को भेजें, सबसे पुराना पहले</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>फिर से भेजें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>छोड़ें (&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n waiting change(s).</source>
        <translation>
            <numerusform>%n प्रतीक्षारत बदलाव भेजा गया।</numerusform>
            <numerusform>%n प्रतीक्षारत बदलाव भेजे गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server still cannot be reached; %n change(s) keep waiting.</source>
        <translation>
            <numerusform>सर्वर तक अब भी नहीं पहुँचा जा सकता; %n बदलाव प्रतीक्षा में है।</numerusform>
            <numerusform>सर्वर तक अब भी नहीं पहुँचा जा सकता; %n बदलाव प्रतीक्षा में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>No local store: changes are sent directly.</source>
        <translation>कोई स्थानीय भंडार नहीं: बदलाव सीधे भेजे जाते हैं।</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change made here reached the server.</source>
        <translation>कुछ भी प्रतीक्षा में नहीं: यहाँ किया गया हर बदलाव सर्वर तक पहुँच गया।</translation>
    </message>
    <message>
        <source>%1 waiting to be sent · %2 refused and waiting for review</source>
        <translation>%1 भेजे जाने की प्रतीक्षा में · %2 अस्वीकृत, समीक्षा की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Select a change that was refused (state “Refused: needs review”)</source>
        <translation>कोई अस्वीकृत बदलाव चुनें (स्थिति “अस्वीकृत: समीक्षा आवश्यक”)</translation>
    </message>
    <message>
        <source>Send this change again, after what the server objected to was fixed</source>
        <translation>सर्वर की आपत्ति ठीक होने के बाद यह बदलाव फिर से भेजें</translation>
    </message>
    <message>
        <source>Let this change go; the journal keeps it with your reason</source>
        <translation>यह बदलाव छोड़ दें; जर्नल इसे आपके कारण सहित रखता है</translation>
    </message>
    <message>
        <source>Discard a refused change</source>
        <translation>अस्वीकृत बदलाव छोड़ें</translation>
    </message>
    <message>
        <source>Why is “%1” not needed any more? The journal keeps this reason.</source>
        <translation>“%1” की अब आवश्यकता क्यों नहीं है? जर्नल यह कारण रखता है।</translation>
    </message>
    <message>
        <source>A reason is needed to discard a change.</source>
        <translation>किसी बदलाव को छोड़ने के लिए कारण आवश्यक है।</translation>
    </message>
    <message>
        <source>Discarded; the journal records why.</source>
        <translation>छोड़ा गया; जर्नल कारण दर्ज करता है।</translation>
    </message>
    <message>
        <source>Interrupted credit &amp;batches:</source>
        <translation>रुके हुए क्रेडिट &amp;बैच:</translation>
    </message>
    <message>
        <source>Resume batch…</source>
        <translation>बैच फिर शुरू करें…</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>छोड़ दें…</translation>
    </message>
    <message>
        <source>Send no more of this batch; the journal keeps it with your reason</source>
        <translation>इस बैच का और कुछ न भेजें; जर्नल इसे आपके कारण के साथ रखता है</translation>
    </message>
    <message>
        <source>%1 · started %2 · %3 of %4 rows answered</source>
        <translation>%1 · %2 को शुरू · %4 में से %3 पंक्तियों का उत्तर मिला</translation>
    </message>
    <message>
        <source>Open the batch as it was confirmed and send the rest; no row is applied twice</source>
        <translation>बैच को पुष्टि के अनुसार खोलें और बाकी भेजें; कोई पंक्ति दो बार लागू नहीं होती</translation>
    </message>
    <message>
        <source>Batch %1 cannot be read back from this computer&apos;s store; let it go, and check the credit ledger for its rows.</source>
        <translation>बैच %1 इस कंप्यूटर के स्टोर से वापस पढ़ा नहीं जा सकता; इसे छोड़ दें, और इसकी पंक्तियों के लिए क्रेडिट लेजर देखें।</translation>
    </message>
    <message>
        <source>Let a batch go</source>
        <translation>बैच छोड़ें</translation>
    </message>
    <message>
        <source>Why should the rest of batch %1 not be sent? The journal keeps this reason.</source>
        <translation>बैच %1 का बाकी हिस्सा क्यों न भेजा जाए? जर्नल यह कारण रखता है।</translation>
    </message>
    <message>
        <source>A reason is needed to let a batch go.</source>
        <translation>बैच छोड़ने के लिए कारण आवश्यक है।</translation>
    </message>
    <message>
        <source>Let go before every row was sent</source>
        <translation>हर पंक्ति भेजे जाने से पहले छोड़ा गया</translation>
    </message>
    <message>
        <source>Batch %1 let go; the journal records why.</source>
        <translation>बैच %1 छोड़ा गया; जर्नल कारण दर्ज करता है।</translation>
    </message>
</context>
<context>
    <name>bc::PlanChangeDialog</name>
    <message>
        <source>Change plan — %1</source>
        <translation>प्लान बदलें — %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>नया प्लान</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>बिलिंग चक्र</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>बदलाव का कारण</translation>
    </message>
    <message>
        <source>Why is the plan changing? (kept in the subscription history)</source>
        <translation>प्लान क्यों बदल रहा है? (सब्सक्रिप्शन इतिहास में रखा जाता है)</translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation>नया प्लान (&amp;P):</translation>
    </message>
    <message>
        <source>Billing &amp;cycle:</source>
        <translation>बिलिंग चक्र (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>क्या बदलता है</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>वर्तमान</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>प्रस्तावित</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Price per cycle</source>
        <translation>प्रति चक्र मूल्य</translation>
    </message>
    <message>
        <source>Credit for unused time</source>
        <translation>अप्रयुक्त समय का क्रेडिट</translation>
    </message>
    <message>
        <source>Charge for the rest of the period</source>
        <translation>शेष अवधि का शुल्क</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>शुद्ध बदलाव</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>कर</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>अभी देय</translation>
    </message>
    <message>
        <source>New period ends</source>
        <translation>नई अवधि समाप्त</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>प्लान बदलें</translation>
    </message>
    <message>
        <source>Choose a different plan or billing cycle to see what would change.</source>
        <translation>क्या बदलेगा यह देखने के लिए कोई दूसरा प्लान या बिलिंग चक्र चुनें।</translation>
    </message>
    <message>
        <source>Calculating the proration…</source>
        <translation>आनुपातिक गणना हो रही है…</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>वार्षिक</translation>
    </message>
    <message>
        <source>%1 credit carried forward</source>
        <translation>%1 क्रेडिट आगे ले जाया गया</translation>
    </message>
    <message>
        <source>Wait for the proration preview.</source>
        <translation>आनुपातिक पूर्वावलोकन की प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>Give a reason; it is kept with the change.</source>
        <translation>कारण दें; यह बदलाव के साथ रखा जाता है।</translation>
    </message>
    <message>
        <source>Apply the change and charge %1 now.</source>
        <translation>बदलाव लागू करें और अभी %1 का शुल्क लें।</translation>
    </message>
    <message>
        <source>Changing the plan…</source>
        <translation>प्लान बदला जा रहा है…</translation>
    </message>
    <message>
        <source>This server has no plan list: choose a plan seen on a subscription, or type a plan&apos;s id.</source>
        <translation>इस सर्वर में प्लान सूची नहीं है: किसी सदस्यता में दिखा प्लान चुनें, या किसी प्लान की ID लिखें।</translation>
    </message>
    <message>
        <source>Choose a plan, or type a plan&apos;s id.</source>
        <translation>कोई प्लान चुनें, या किसी प्लान की ID लिखें।</translation>
    </message>
    <message>
        <source>as the server prices it</source>
        <translation>जैसा सर्वर मूल्य तय करे</translation>
    </message>
    <message>
        <source>the server prorates it</source>
        <translation>सर्वर आनुपातिक गणना करता है</translation>
    </message>
    <message>
        <source>This server does not offer a preview of the proration: it prorates the change when it is applied, and the console shows its answer.</source>
        <translation>यह सर्वर आनुपातिक गणना का पूर्वावलोकन नहीं देता: बदलाव लागू होने पर वह गणना करता है, और कंसोल उसका जवाब दिखाता है।</translation>
    </message>
    <message>
        <source>Apply the change; the server prorates it and charges what it computes.</source>
        <translation>बदलाव लागू करें; सर्वर आनुपातिक गणना करके उतना शुल्क लेता है।</translation>
    </message>
</context>
<context>
    <name>bc::PlansPane</name>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>वार्षिक</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>क्रेडिट</translation>
    </message>
    <message>
        <source>Stripe prices</source>
        <translation>Stripe मूल्य</translation>
    </message>
    <message>
        <source>Creem product</source>
        <translation>Creem उत्पाद</translation>
    </message>
    <message>
        <source>— not sold on Creem</source>
        <translation>— Creem पर नहीं बिकता</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>नया प्लान…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>प्लान संपादित करें…</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>प्लान %1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Credit plans</source>
        <translation>क्रेडिट प्लान</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>प्लान</translation>
    </message>
</context>
<context>
    <name>bc::PlatformChargesPane</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>परीक्षण अवधि</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>सक्रिय किया गया</translation>
    </message>
    <message>
        <source>Billing from</source>
        <translation>बिलिंग करने वाला</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>New one-time charge…</source>
        <translation>नया एकमुश्त शुल्क…</translation>
    </message>
    <message>
        <source>Cancel subscription charge…</source>
        <translation>सब्सक्रिप्शन शुल्क रद्द करें…</translation>
    </message>
    <message>
        <source>Stop billing this subscription charge</source>
        <translation>इस सब्सक्रिप्शन शुल्क की बिलिंग रोकें</translation>
    </message>
    <message>
        <source>Select an active subscription charge.</source>
        <translation>कोई सक्रिय सब्सक्रिप्शन शुल्क चुनें।</translation>
    </message>
    <message>
        <source>This profile has no platform company and extension configured.</source>
        <translation>इस प्रोफ़ाइल में कोई प्लैटफ़ॉर्म कंपनी और एक्सटेंशन कॉन्फ़िगर नहीं है।</translation>
    </message>
    <message>
        <source>Charge created; the company approves it at %1</source>
        <translation>शुल्क बनाया गया; कंपनी इसे %1 पर स्वीकृत करती है</translation>
    </message>
    <message>
        <source>Cancel subscription charge</source>
        <translation>सब्सक्रिप्शन शुल्क रद्द करें</translation>
    </message>
    <message>
        <source>Stop billing “%1”? This cannot be undone.</source>
        <translation>“%1” की बिलिंग रोकें? इसे वापस नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation>“%1” रद्द किया गया।</translation>
    </message>
    <message>
        <source>Platform charges</source>
        <translation>प्लैटफ़ॉर्म शुल्क</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open by id…</source>
        <translation>ID से खोलें…</translation>
    </message>
    <message>
        <source>This server has no list of charges: these are the charges created or opened by id in this console. Open by id shows any other.</source>
        <translation>इस सर्वर में शुल्क सूची नहीं है: ये इस कंसोल में बनाए गए या ID से खोले गए शुल्क हैं। “ID से खोलें” कोई और दिखाता है।</translation>
    </message>
    <message>
        <source>None yet: create a one-time charge, or open one by its id.</source>
        <translation>अभी कोई नहीं: एक बार का शुल्क बनाएँ, या किसी को उसकी ID से खोलें।</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) could not be read: %1</source>
        <translation>
            <numerusform>%n शुल्क नहीं पढ़ा जा सका: %1</numerusform>
            <numerusform>%n शुल्क नहीं पढ़े जा सके: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a charge by id</source>
        <translation>ID से शुल्क खोलें</translation>
    </message>
    <message>
        <source>The id of a one-time charge or a subscription charge:</source>
        <translation>एक बार के शुल्क या सदस्यता शुल्क की ID:</translation>
    </message>
    <message>
        <source>“%1” is in the list.</source>
        <translation>“%1” सूची में है।</translation>
    </message>
    <message>
        <source>There is no charge or subscription charge with the id %1.</source>
        <translation>ID %1 वाला कोई शुल्क या सदस्यता शुल्क नहीं है।</translation>
    </message>
</context>
<context>
    <name>bc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>वरीयताएँ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>डेस्कटॉप के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>रूप (&amp;A):</translation>
    </message>
    <message>
        <source>Menus, messages and the invoices rendered here use this language, and numbers, dates and amounts follow it, from the next start of the console. The appearance changes at once.</source>
        <translation>कंसोल के अगली बार शुरू होने से मेनू, संदेश और यहाँ बने इनवॉइस इस भाषा में होंगे, और संख्याएँ, तारीखें और राशियाँ इसी के अनुसार दिखेंगी। रूप तुरंत बदल जाता है।</translation>
    </message>
</context>
<context>
    <name>bc::ReconcileDialog</name>
    <message>
        <source>Reconcile with the provider’s report</source>
        <translation>प्रदाता की रिपोर्ट से मिलान</translation>
    </message>
    <message>
        <source>Choose the settlement or balance report you downloaded from your payment provider. Its payments are matched with the server’s payments of the same dates by the provider’s payment id; nothing on the server changes.</source>
        <translation>अपने भुगतान प्रदाता से डाउनलोड की गई सेटलमेंट या बैलेंस रिपोर्ट चुनें। इसके भुगतान प्रदाता की भुगतान आईडी से उन्हीं तारीखों के सर्वर भुगतानों से मिलाए जाते हैं; सर्वर पर कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;रिपोर्ट:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>रिपोर्ट फ़ाइल</translation>
    </message>
    <message>
        <source>The report’s CSV file</source>
        <translation>रिपोर्ट की CSV फ़ाइल</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;चुनें…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;फ़ाइल:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>अंतिम दिन</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>&amp;Dates (UTC):</source>
        <translation>&amp;तारीखें (UTC):</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>मि&amp;लान करें</translation>
    </message>
    <message>
        <source>Show exceptions of</source>
        <translation>इनके अपवाद दिखाएँ</translation>
    </message>
    <message>
        <source>E&amp;xceptions:</source>
        <translation>&amp;अपवाद:</translation>
    </message>
    <message>
        <source>&amp;Save exceptions…</source>
        <translation>अपवाद &amp;सहेजें…</translation>
    </message>
    <message>
        <source>The provider’s report</source>
        <translation>प्रदाता की रिपोर्ट</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;रोकें</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <source>%1 cannot be read. Choose the report’s file.</source>
        <translation>%1 पढ़ी नहीं जा सकती। रिपोर्ट की फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The first day %1 is after the last day %2.</source>
        <translation>पहला दिन %1 अंतिम दिन %2 के बाद है।</translation>
    </message>
    <message>
        <source>The server has no list of payments: they came from its CSV export.</source>
        <translation>सर्वर पर भुगतानों की सूची नहीं है: ये उसके CSV निर्यात से आए।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of the report could not be read; the first: %1</source>
        <translation>
            <numerusform>रिपोर्ट की %Ln पंक्ति पढ़ी नहीं जा सकी; पहली: %1</numerusform>
            <numerusform>रिपोर्ट की %Ln पंक्तियाँ पढ़ी नहीं जा सकीं; पहली: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>सभी (%1)</translation>
    </message>
    <message>
        <source>Too large to add up</source>
        <translation>जोड़ने के लिए बहुत बड़ा</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>मिलान हुआ</translation>
    </message>
    <message>
        <source>Matched amount</source>
        <translation>मिलान राशि</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Tax on fees</source>
        <translation>शुल्क पर कर</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <source>Net settled</source>
        <translation>शुद्ध सेटल</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>अपवाद</translation>
    </message>
    <message>
        <source>Save exceptions</source>
        <translation>अपवाद सहेजें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions saved to %1.</source>
        <translation>
            <numerusform>%Ln अपवाद %1 में सहेजा गया।</numerusform>
            <numerusform>%Ln अपवाद %1 में सहेजे गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ReconciliationExceptionsModel</name>
    <message>
        <source>Not on the server</source>
        <translation>सर्वर पर नहीं</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>रिपोर्ट में नहीं</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Provider payment</source>
        <translation>प्रदाता भुगतान</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>सर्वर पर</translation>
    </message>
    <message>
        <source>At the provider</source>
        <translation>प्रदाता के पास</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>क्या अलग है</translation>
    </message>
</context>
<context>
    <name>bc::ReconciliationRun</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Stopped: nothing was reconciled.</source>
        <translation>रोका गया: कुछ भी मिलाया नहीं गया।</translation>
    </message>
    <message>
        <source>This server’s API has no payments to reconcile against.</source>
        <translation>इस सर्वर के API में मिलान के लिए कोई भुगतान नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payments from the server…</source>
        <translation>
            <numerusform>सर्वर से %Ln भुगतान…</numerusform>
            <numerusform>सर्वर से %Ln भुगतान…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payments from the server’s export…</source>
        <translation>
            <numerusform>सर्वर के निर्यात से %Ln भुगतान…</numerusform>
            <numerusform>सर्वर के निर्यात से %Ln भुगतान…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server’s payments could not be read: %1</source>
        <translation>सर्वर के भुगतान पढ़े नहीं जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read from the report.</source>
        <translation>
            <numerusform>रिपोर्ट से %Ln पंक्ति पढ़ी गई।</numerusform>
            <numerusform>रिपोर्ट से %Ln पंक्तियाँ पढ़ी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>मिलान हो रहा है…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>पूरा हुआ।</translation>
    </message>
    <message>
        <source>Matched %1 of %2 payments the server lists for these dates; %3.</source>
        <translation>सर्वर द्वारा इन तारीखों के लिए दिखाए गए %2 में से %1 भुगतान मिले; %3।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln अपवाद</numerusform>
            <numerusform>%Ln अपवाद</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (SHA-256 %3), %4 to %5</source>
        <translation>%1 %2 (SHA-256 %3), %4 से %5</translation>
    </message>
    <message>
        <source>Exceptions saved to %1</source>
        <translation>अपवाद %1 में सहेजे गए</translation>
    </message>
</context>
<context>
    <name>bc::ReportReader</name>
    <message>
        <source>The file is empty: a %1 starts with a header row.</source>
        <translation>फ़ाइल खाली है: %1 हेडर पंक्ति से शुरू होती है।</translation>
    </message>
    <message>
        <source>This is not a %1: it has no %2 column.</source>
        <translation>यह %1 नहीं है: इसमें %2 कॉलम नहीं है।</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a currency.</source>
        <translation>पंक्ति %1: “%2” कोई मुद्रा नहीं है।</translation>
    </message>
    <message>
        <source>Line %1: too many currencies in one report.</source>
        <translation>पंक्ति %1: एक रिपोर्ट में बहुत अधिक मुद्राएँ।</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an amount.</source>
        <translation>पंक्ति %1: “%2” कोई राशि नहीं है।</translation>
    </message>
    <message>
        <source>Line %1: the amount is empty.</source>
        <translation>पंक्ति %1: राशि खाली है।</translation>
    </message>
    <message>
        <source>Line %1: “%2” has more decimals than %3 has, or is too large.</source>
        <translation>पंक्ति %1: “%2” में %3 से अधिक दशमलव हैं, या यह बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>Line %1: the amounts are too large to add up.</source>
        <translation>पंक्ति %1: राशियाँ जोड़ने के लिए बहुत बड़ी हैं।</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date.</source>
        <translation>पंक्ति %1: “%2” कोई तारीख नहीं है।</translation>
    </message>
    <message>
        <source>Line %1: a payment or refund without a payment id.</source>
        <translation>पंक्ति %1: भुगतान आईडी के बिना भुगतान या रिफ़ंड।</translation>
    </message>
    <message>
        <source>Line %1: the amounts are too large.</source>
        <translation>पंक्ति %1: राशियाँ बहुत बड़ी हैं।</translation>
    </message>
</context>
<context>
    <name>bc::SubscriptionDetailPanel</name>
    <message>
        <source>Select a subscription</source>
        <translation>सब्सक्रिप्शन चुनें</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Subscription history</source>
        <translation>सब्सक्रिप्शन इतिहास</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>वार्षिक</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source> · cancels at period end</source>
        <translation> · अवधि के अंत में रद्द होगा</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>वर्तमान अवधि</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 को बनाया गया</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>अंतिम बदलाव %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>Subscription id: %1</source>
        <translation>सदस्यता आईडी: %1</translation>
    </message>
    <message>
        <source>Provider subscription id: %1</source>
        <translation>प्रदाता सदस्यता आईडी: %1</translation>
    </message>
    <message>
        <source>Provider customer id: %1</source>
        <translation>प्रदाता ग्राहक आईडी: %1</translation>
    </message>
    <message>
        <source>Organisation id: %1</source>
        <translation>संगठन आईडी: %1</translation>
    </message>
</context>
<context>
    <name>bc::SubscriptionEditDialog</name>
    <message>
        <source>Edit subscription — %1</source>
        <translation>सब्सक्रिप्शन संपादित करें — %1</translation>
    </message>
    <message>
        <source>Cancel at the end of the current period</source>
        <translation>मौजूदा अवधि के अंत में रद्द करें</translation>
    </message>
    <message>
        <source>Reason for the edit</source>
        <translation>संपादन का कारण</translation>
    </message>
    <message>
        <source>Required: why this subscription is edited directly</source>
        <translation>आवश्यक: यह सब्सक्रिप्शन सीधे क्यों संपादित किया जा रहा है</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>प्लान (&amp;P):</translation>
    </message>
    <message>
        <source>Billing &amp;cycle:</source>
        <translation>बिलिंग चक्र (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>A direct edit changes the record without charging or refunding. Use it to correct data.</source>
        <translation>सीधा संपादन बिना शुल्क या धनवापसी के रिकॉर्ड बदलता है। इसे डेटा सुधारने के लिए उपयोग करें।</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>बदलाव सहेजें</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>अभी तक कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Give a reason; it is kept with the change.</source>
        <translation>कारण दें; यह बदलाव के साथ रखा जाता है।</translation>
    </message>
</context>
<context>
    <name>bc::SubscriptionTableModel</name>
    <message>
        <source>Razorpay</source>
        <translation>Razorpay</translation>
    </message>
    <message>
        <source>Credits plan</source>
        <translation>क्रेडिट प्लान</translation>
    </message>
    <message>
        <source>Tier (Stripe)</source>
        <translation>टियर (Stripe)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>%1 को समाप्त</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>चक्र</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <source>Cancels at end</source>
        <translation>अंत में रद्द</translation>
    </message>
    <message>
        <source>Billed through</source>
        <translation>बिलिंग माध्यम</translation>
    </message>
    <message>
        <source>Platform charge</source>
        <translation>प्लेटफ़ॉर्म शुल्क</translation>
    </message>
</context>
<context>
    <name>bc::SubscriptionsPane</name>
    <message>
        <source>Filter by organisation, plan or id</source>
        <translation>संगठन, प्लान या आईडी से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter subscriptions</source>
        <translation>सब्सक्रिप्शन फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Plan filter</source>
        <translation>प्लान फ़िल्टर</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>सभी प्लान</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>प्लान बदलें…</translation>
    </message>
    <message>
        <source>Cancel subscription…</source>
        <translation>सब्सक्रिप्शन रद्द करें…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर शुरू करें</translation>
    </message>
    <message>
        <source>Edit (Super Admin)…</source>
        <translation>संपादित करें (सुपर एडमिन)…</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>नया सब्सक्रिप्शन…</translation>
    </message>
    <message>
        <source>Open billing portal</source>
        <translation>बिलिंग पोर्टल खोलें</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>सब्सक्रिप्शन लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>%1 has no subscription yet.</source>
        <translation>%1 का अभी कोई सब्सक्रिप्शन नहीं है।</translation>
    </message>
    <message>
        <source>Loading subscriptions… %1 so far</source>
        <translation>सब्सक्रिप्शन लोड हो रहे हैं… अब तक %1</translation>
    </message>
    <message>
        <source>This subscription is managed in its billing portal.</source>
        <translation>यह सब्सक्रिप्शन अपने बिलिंग पोर्टल में प्रबंधित होता है।</translation>
    </message>
    <message>
        <source>Select a credits or tier subscription.</source>
        <translation>क्रेडिट या टियर सब्सक्रिप्शन चुनें।</translation>
    </message>
    <message>
        <source>Select a subscription first.</source>
        <translation>पहले सब्सक्रिप्शन चुनें।</translation>
    </message>
    <message>
        <source>Only an active subscription can change plan.</source>
        <translation>केवल सक्रिय सब्सक्रिप्शन का प्लान बदला जा सकता है।</translation>
    </message>
    <message>
        <source>This subscription is not active.</source>
        <translation>यह सब्सक्रिप्शन सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>Already set to cancel at the end of the period.</source>
        <translation>अवधि के अंत में रद्द होना पहले से तय है।</translation>
    </message>
    <message>
        <source>Resume withdraws a scheduled cancellation; none is scheduled.</source>
        <translation>फिर शुरू करना निर्धारित रद्दीकरण वापस लेता है; कोई निर्धारित नहीं है।</translation>
    </message>
    <message>
        <source>The organisation already has a subscription; change its plan instead.</source>
        <translation>संगठन का पहले से सब्सक्रिप्शन है; इसके बजाय उसका प्लान बदलें।</translation>
    </message>
    <message>
        <source>%1 is now on %2.</source>
        <translation>%1 अब %2 प्लान पर है।</translation>
    </message>
    <message>
        <source>%1 will end on %2.</source>
        <translation>%1 %2 को समाप्त होगा।</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>सब्सक्रिप्शन फिर शुरू करें</translation>
    </message>
    <message>
        <source>Withdraw the scheduled cancellation of %1? Billing continues on %2.</source>
        <translation>%1 का निर्धारित रद्दीकरण वापस लें? बिलिंग %2 को जारी रहेगी।</translation>
    </message>
    <message>
        <source>Resumed from the console</source>
        <translation>कंसोल से फिर शुरू किया गया</translation>
    </message>
    <message>
        <source>%1 will continue after this period.</source>
        <translation>%1 इस अवधि के बाद भी जारी रहेगा।</translation>
    </message>
    <message>
        <source>Saved changes to %1.</source>
        <translation>%1 के बदलाव सहेजे गए।</translation>
    </message>
    <message>
        <source>The credits plan is not listed here; Open billing portal shows it at the provider.</source>
        <translation>क्रेडिट प्लान यहाँ सूचीबद्ध नहीं है; “बिलिंग पोर्टल खोलें” इसे प्रदाता के यहाँ दिखाता है।</translation>
    </message>
    <message>
        <source>%1 is now on %2, at %3 a month.</source>
        <translation>%1 अब %2 पर है, %3 प्रति माह।</translation>
    </message>
    <message>
        <source>%1 is now on %2, at %3 a year.</source>
        <translation>%1 अब %2 पर है, %3 प्रति वर्ष।</translation>
    </message>
</context>
<context>
    <name>bc::TablePane</name>
    <message>
        <source>Filter</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>पंक्तियाँ फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>ग्राहक खोलें (&amp;C)</translation>
    </message>
    <message>
        <source>Everything about the customer of the selected row (Ctrl+Shift+O)</source>
        <translation>चुनी गई पंक्ति के ग्राहक के बारे में सब कुछ (Ctrl+Shift+O)</translation>
    </message>
</context>
<context>
    <name>bc::TechnicalDetails</name>
    <message>
        <source>Technical details</source>
        <translation>तकनीकी विवरण</translation>
    </message>
</context>
<context>
    <name>bc::TierPane</name>
    <message>
        <source>Plan tier</source>
        <translation>प्लान टियर</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Upgrade to Pro…</source>
        <translation>प्रो में अपग्रेड करें…</translation>
    </message>
    <message>
        <source>Billing portal</source>
        <translation>बिलिंग पोर्टल</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>%1 प्लान</translation>
    </message>
    <message>
        <source>No paid subscription: the account is on the free tier.</source>
        <translation>कोई सशुल्क सदस्यता नहीं: खाता फ़्री टियर पर है।</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>सदस्यता: %1</translation>
    </message>
    <message>
        <source>Ends on %1; it will not renew.</source>
        <translation>%1 को समाप्त होगी; नवीनीकरण नहीं होगा।</translation>
    </message>
    <message>
        <source>Renews on %1.</source>
        <translation>%1 को नवीनीकृत होगी।</translation>
    </message>
</context>
<context>
    <name>bc::WelcomePage</name>
    <message>
        <source>Welcome to Billing Console</source>
        <translation>Billing Console में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Review subscriptions, invoices, payments and credits on your company&apos;s billing server. The console speaks the org billing, credits service, platform charges and tier billing APIs; your API key stays in your system&apos;s keychain.</source>
        <translation>अपनी कंपनी के बिलिंग सर्वर पर सदस्यताएँ, चालान, भुगतान और क्रेडिट देखें। कंसोल org billing, credits service, platform charges और tier billing API समझता है; आपकी API कुंजी आपके सिस्टम की कीचेन में रहती है।</translation>
    </message>
    <message>
        <source>&amp;Connect to your billing server…</source>
        <translation>अपने बिलिंग सर्वर से जुड़ें (&amp;C)…</translation>
    </message>
    <message>
        <source>Its address, which API it speaks, and an API key. The console tests the connection before it saves it.</source>
        <translation>उसका पता, वह कौन-सी API समझता है, और एक API कुंजी। कंसोल सहेजने से पहले कनेक्शन जाँचता है।</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>डेमो आज़माएँ (&amp;D)</translation>
    </message>
    <message>
        <source>A billing server on this computer with made-up customers, one connection per role. Nothing leaves this machine.</source>
        <translation>इस कंप्यूटर पर काल्पनिक ग्राहकों वाला बिलिंग सर्वर, हर भूमिका के लिए एक कनेक्शन। कुछ भी इस मशीन से बाहर नहीं जाता।</translation>
    </message>
</context>
</TS>
