footer-published-by = Published by the test administration.
