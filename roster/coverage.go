package roster

func (c *checker) checkCoverage() {}

func (c *checker) checkNights() {}
