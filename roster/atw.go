package roster

func (c *checker) checkATW() {}
